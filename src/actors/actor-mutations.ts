/** createActor, linkActor and unlinkActor, each one write transaction. */
import type { ActorLinkKind, CreateActorInput } from '../graphql/resolvers-types.generated.ts';
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import { requireElements, requireSameMap, requireUnused, type ElementRef } from '../maps/elements.ts';
import { elementId, keyOrNew } from '../shared/keys.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors.ts';
import type { ActorRecord } from '../graphql/records/actor-record.ts';

type LinkParams = { actorId: string; claimId: string; kind: ActorLinkKind };
const createActorQuery = defineQuery<{ actor: ActorRecord & { aliasText: string } }, { actor: ActorRecord }>(
  'actors/create-actor',
);
const linkActorQuery = defineQuery<LinkParams, { created: boolean; claim: ClaimRecord }>('actors/link-actor');
const unlinkActorQuery = defineQuery<LinkParams, { removed: boolean; claim: ClaimRecord }>('actors/unlink-actor');

export async function createActor(db: Database, scope: QueryScope, input: CreateActorInput): Promise<ActorRecord> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 300) throw new BadUserInputError('input.name', 'must be 1 to 300 characters');
  const key = keyOrNew(input.key, 'input.key', 'actor');
  const id = elementId(input.mapId, key);
  const aliases = [...new Set((input.aliases ?? []).map((alias) => alias.trim()).filter(Boolean))];
  return db.write(async (tx) => {
    await requireElements(tx, [{ field: 'input.mapId', id: input.mapId, label: 'Map' }]);
    await requireUnused(tx, { field: 'input.key', id, label: 'Actor' });
    const actor = { id, key, mapId: input.mapId, name, kind: input.kind, aliases, aliasText: aliases.join(' | ') };
    const [row] = await createActorQuery.run({ actor }, tx);
    return row!.actor;
  }, scope);
}

export async function linkActor(db: Database, scope: QueryScope, params: LinkParams): Promise<ClaimRecord> {
  return db.write(async (tx) => {
    await requireLinkEnds(tx, params);
    const [row] = await linkActorQuery.run(params, tx);
    if (!row!.created) {
      throw new ConflictError(
        'kind',
        `actor "${params.actorId}" is already linked to claim "${params.claimId}" by ${params.kind}`,
      );
    }
    return row!.claim;
  }, scope);
}

export async function unlinkActor(db: Database, scope: QueryScope, params: LinkParams): Promise<ClaimRecord> {
  return db.write(async (tx) => {
    await requireLinkEnds(tx, params);
    const [row] = await unlinkActorQuery.run(params, tx);
    if (!row!.removed) throw new NotFoundError('kind', `${params.actorId} ${params.kind} ${params.claimId}`, 'link');
    return row!.claim;
  }, scope);
}

async function requireLinkEnds(tx: Parameters<typeof requireElements>[0], params: LinkParams): Promise<void> {
  const refs: ElementRef[] = [
    { field: 'actorId', id: params.actorId, label: 'Actor' },
    { field: 'claimId', id: params.claimId, label: 'Claim' },
  ];
  requireSameMap(refs, await requireElements(tx, refs));
}
