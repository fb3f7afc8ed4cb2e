/**
 * A reading client: claim pages, full-text search, single claims, reasoning chains, consequences,
 * actor dependence, evaluation and export, aimed at random at the seed map or at a writer's map
 * (which grows through the soak). Subscriptions do not exist yet; when they do, a listener belongs here.
 */
import type { Call } from './client.ts';
import { read, seed } from './operations.ts';

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Targets {
  /** The seed map's claim ids. */
  seedClaimIds: string[];
  /** The writers' maps. */
  writerMaps: string[];
  /** Acknowledged claim ids in the writers' maps (grows while the soak runs). */
  writtenClaimIds: string[];
}

/** Reads until `deadline`. */
export async function runReader(call: Call, targets: Targets, deadline: number) {
  while (Date.now() < deadline) {
    const onSeed = Math.random() < 0.5 || targets.writtenClaimIds.length === 0;
    const mapId = onSeed ? seed.mapId : pick(targets.writerMaps);
    const claimId = pick(onSeed ? targets.seedClaimIds : targets.writtenClaimIds);
    const reads: [string, string, Record<string, unknown>][] = [
      ['claimPage', read.claimPage, { mapId }],
      ['search', read.search, { mapId, q: pick(seed.searches) }],
      ['claim', read.claim, { id: claimId }],
      ['reasoningChains', read.reasoningChains, { id: claimId }],
      ['consequences', read.consequences, { id: claimId }],
      ['dependentClaims', read.dependentClaims, { actorId: pick(seed.actorIds) }],
      ['evaluate', read.evaluate, { mapId }],
      ['exportMap', read.exportMap, { mapId }],
    ];
    const { outcome } = await call(...pick(reads));
    if (outcome !== 'ok') await pause(100); // back off while Neo4j is away
  }
}
