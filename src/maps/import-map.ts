/**
 * importMap: loads a whole `argmap/map@1` document in one write transaction. Upserts by id and
 * prunes what the document no longer holds, so importing the same document twice changes nothing
 * and importing an edited one makes the map equal to it. Any error rolls everything back.
 * Rows go to Neo4j in UNWIND batches of `batchSize`, all inside that one transaction: a large
 * import never builds one huge parameter list, and is still all-or-nothing.
 */
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { elementId } from '../claims/claim-rules.ts';
import { parseMapDocument, type MapDocument } from './map-document.ts';
import { toSourceRecord, type MapCountsRecord, type MapRecord, type SourceRecord } from './map-record.ts';
import { countMap } from './map-queries.ts';

export interface ImportMapOutcome {
  map: MapRecord;
  created: boolean;
  counts: MapCountsRecord;
  /** What a conversion from another format dropped or repaired (empty for argmap documents). */
  warnings: string[];
}

/** Rows per UNWIND query; every batch runs in the import's one transaction. */
export const batchSize = 2000;

const upsertMap = defineQuery<
  { mapId: string; title: string; description: string | null; source: SourceRecord },
  { created: boolean; map: MapRecord }
>('maps/upsert-map');
const pruneMap = defineQuery<
  Record<'claimIds' | 'inferenceIds' | 'attackIds' | 'actorIds' | 'rephraseKeys' | 'preferenceKeys' | 'linkKeys', string[]> & {
    mapId: string;
  },
  never
>('maps/prune-map');
const importClaims = defineQuery<{ mapId: string; claims: object[] }, never>('maps/import-claims');
const importActors = defineQuery<{ mapId: string; actors: object[] }, never>('maps/import-actors');
const importInferences = defineQuery<{ mapId: string; inferences: object[] }, never>('maps/import-inferences');
const importAttacks = defineQuery<{ mapId: string; attacks: object[] }, never>('maps/import-attacks');
const importAttackLinks = defineQuery<{ attacks: object[] }, never>('maps/import-attack-links');
const importActorLinks = defineQuery<{ links: object[] }, never>('maps/import-actor-links');
const importRephrases = defineQuery<{ mapId: string; rephrases: object[] }, never>('maps/import-rephrases');
const importPreferences = defineQuery<{ mapId: string; preferences: object[] }, never>('maps/import-preferences');

/**
 * Writes a document. `warnings` (from a conversion such as AIF) are passed through to the outcome;
 * `onProgress` hears each batch written, for the CLI's progress on long imports.
 */
export async function importMap(
  db: Database,
  scope: QueryScope,
  input: unknown,
  options: { warnings?: string[]; onProgress?: (written: number, total: number) => void } = {},
): Promise<ImportMapOutcome> {
  const rows = toRows(parseMapDocument(input));
  const { mapId } = rows;
  const linkKeys = rows.links.map(linkKey);
  const total = rows.claims.length + rows.actors.length + rows.inferences.length + 2 * rows.attacks.length + rows.links.length;
  return db.write(async (tx) => {
    let written = 0;
    const inBatches = async (list: object[], write: (batch: object[]) => Promise<unknown>) => {
      for (let start = 0; start < list.length; start += batchSize) {
        const batch = list.slice(start, start + batchSize);
        await write(batch);
        written += batch.length;
        options.onProgress?.(written, total);
      }
    };
    const [upserted] = await upsertMap.run(rows.map, tx);
    await pruneMap.run({ mapId, ...rows.keep, linkKeys }, tx);
    await inBatches(rows.claims, (claims) => importClaims.run({ mapId, claims }, tx));
    await inBatches(rows.actors, (actors) => importActors.run({ mapId, actors }, tx));
    await inBatches(rows.inferences, (inferences) => importInferences.run({ mapId, inferences }, tx));
    await inBatches(rows.attacks, (attacks) => importAttacks.run({ mapId, attacks }, tx));
    await inBatches(rows.attacks, (attacks) => importAttackLinks.run({ attacks }, tx));
    await inBatches(rows.links, (links) => importActorLinks.run({ links }, tx));
    await inBatches(rows.rephrases, (rephrases) => importRephrases.run({ mapId, rephrases }, tx));
    await inBatches(rows.preferences, (preferences) => importPreferences.run({ mapId, preferences }, tx));
    const counts = await countMap(mapId, tx);
    return { map: upserted!.map, created: upserted!.created, counts, warnings: options.warnings ?? [] };
  }, scope);
}

/** The document as the parameter rows the import queries take, with ids made `<map>:<key>`. */
function toRows(doc: MapDocument) {
  const mapId = doc.map.id;
  const id = (key: string) => elementId(mapId, key);
  const claims = (doc.claims ?? []).map((c) => ({
    id: id(c.id),
    key: c.id,
    text: c.text.trim(),
    tags: c.tags ?? [],
    quoteText: c.quote?.text ?? null,
    quoteStart: c.quote?.start ?? null,
    quoteEnd: c.quote?.end ?? null,
  }));
  const actors = (doc.actors ?? []).map((a) => ({
    id: id(a.id),
    key: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases ?? [],
    aliasText: (a.aliases ?? []).join(' | '),
  }));
  const inferences = (doc.inferences ?? []).map((i) => ({
    id: id(i.id),
    key: i.id,
    scheme: i.scheme ?? null,
    warrant: i.warrant ?? null,
    premiseIds: [...new Set(i.premises)].map(id),
    conclusionId: id(i.conclusion),
  }));
  const attacks = (doc.attacks ?? []).map((a) => ({
    id: id(a.id),
    key: a.id,
    kind: a.kind,
    scheme: a.scheme ?? null,
    attackerId: id(a.attacker),
    targetId: id(a.target),
  }));
  const rephrases = (doc.rephrases ?? []).map((r) => ({
    id: id(r.id),
    key: r.id,
    scheme: r.scheme ?? null,
    fromId: id(r.from),
    toId: id(r.to),
  }));
  const preferences = (doc.preferences ?? []).map((p) => ({
    id: id(p.id),
    key: p.id,
    scheme: p.scheme ?? null,
    preferredId: id(p.preferred),
    overId: id(p.over),
  }));
  const links = (doc.actorLinks ?? []).map((l) => ({ actorId: id(l.actor), claimId: id(l.claim), kind: l.kind }));
  return {
    mapId,
    map: {
      mapId,
      title: doc.map.title,
      description: doc.map.description ?? null,
      source: toSourceRecord(doc.map.source),
    },
    keep: {
      claimIds: claims.map((c) => c.id),
      inferenceIds: inferences.map((i) => i.id),
      attackIds: attacks.map((a) => a.id),
      actorIds: actors.map((a) => a.id),
      rephraseKeys: rephrases.map((r) => `${r.id}|${r.fromId}|${r.toId}`),
      preferenceKeys: preferences.map((p) => `${p.id}|${p.preferredId}|${p.overId}`),
    },
    claims,
    actors,
    inferences,
    attacks,
    links,
    rephrases,
    preferences,
  };
}

function linkKey(link: { actorId: string; claimId: string; kind: string }): string {
  return `${link.actorId}|${link.claimId}|${link.kind}`;
}
