/**
 * importMap: loads a whole `argmap/map@1` document in one write transaction. Upserts by id and
 * prunes what the document no longer holds, so importing the same document twice changes nothing
 * and importing an edited one makes the map equal to it. Any error rolls everything back.
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
}

const upsertMap = defineQuery<
  { mapId: string; title: string; description: string | null; source: SourceRecord },
  { created: boolean; map: MapRecord }
>('maps/upsert-map');
const pruneMap = defineQuery<Record<'claimIds' | 'inferenceIds' | 'attackIds' | 'actorIds', string[]> & { mapId: string }, never>(
  'maps/prune-map',
);
const importClaims = defineQuery<{ mapId: string; claims: object[] }, never>('maps/import-claims');
const importActors = defineQuery<{ mapId: string; actors: object[] }, never>('maps/import-actors');
const importInferences = defineQuery<{ mapId: string; inferences: object[] }, never>('maps/import-inferences');
const importAttacks = defineQuery<{ mapId: string; attacks: object[] }, never>('maps/import-attacks');
const importActorLinks = defineQuery<{ mapId: string; links: object[]; linkKeys: string[] }, never>('maps/import-actor-links');

export async function importMap(db: Database, scope: QueryScope, input: unknown): Promise<ImportMapOutcome> {
  const rows = toRows(parseMapDocument(input));
  const { mapId } = rows;
  return db.write(async (tx) => {
    const [upserted] = await upsertMap.run(rows.map, tx);
    await pruneMap.run({ mapId, ...rows.keep }, tx);
    await importClaims.run({ mapId, claims: rows.claims }, tx);
    await importActors.run({ mapId, actors: rows.actors }, tx);
    await importInferences.run({ mapId, inferences: rows.inferences }, tx);
    await importAttacks.run({ mapId, attacks: rows.attacks }, tx);
    await importActorLinks.run({ mapId, links: rows.links, linkKeys: rows.links.map(linkKey) }, tx);
    return { map: upserted!.map, created: upserted!.created, counts: await countMap(mapId, tx) };
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
    attackerId: id(a.attacker),
    targetId: id(a.target),
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
    },
    claims,
    actors,
    inferences,
    attacks,
    links,
  };
}

function linkKey(link: { actorId: string; claimId: string; kind: string }): string {
  return `${link.actorId}|${link.claimId}|${link.kind}`;
}
