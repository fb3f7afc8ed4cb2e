/**
 * The rows of a map document and the queries that write them, in the order importMap runs them:
 * claims and actors before the inferences, attacks and links that join them.
 */
import { elementId } from '../shared/keys.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import type { MapDocument } from './map-document.ts';
import { toSourceRecord } from '../graphql/records/map-record.ts';

export type ImportRows = ReturnType<typeof toRows>;

/** One kind of row and the query that writes a batch of it. */
export interface WriteStep {
  rows: object[];
  write(batch: object[], tx: QueryRunner): Promise<unknown>;
}

const importClaims = defineQuery<{ mapId: string; claims: object[] }, never>('maps/import-claims');
const importActors = defineQuery<{ mapId: string; actors: object[] }, never>('maps/import-actors');
const importInferences = defineQuery<{ mapId: string; inferences: object[] }, never>('maps/import-inferences');
const importAttacks = defineQuery<{ mapId: string; attacks: object[] }, never>('maps/import-attacks');
const importAttackLinks = defineQuery<{ attacks: object[] }, never>('maps/import-attack-links');
const importActorLinks = defineQuery<{ links: object[] }, never>('maps/import-actor-links');
const importRephrases = defineQuery<{ mapId: string; rephrases: object[] }, never>('maps/import-rephrases');
const importPreferences = defineQuery<{ mapId: string; preferences: object[] }, never>('maps/import-preferences');

/** How many rows writeSteps will write for a document (attacks count twice). */
export function rowCountOf(doc: MapDocument): number {
  const count = (list?: readonly unknown[]) => list?.length ?? 0;
  return (
    count(doc.claims) +
    count(doc.actors) +
    count(doc.inferences) +
    2 * count(doc.attacks) +
    count(doc.actorLinks) +
    count(doc.rephrases) +
    count(doc.preferences)
  );
}

/** The upserts of an import, in dependency order; attacks twice (nodes, then their ends). */
export function writeSteps(rows: ImportRows): WriteStep[] {
  const { mapId } = rows;
  return [
    { rows: rows.claims, write: (claims, tx) => importClaims.run({ mapId, claims }, tx) },
    { rows: rows.actors, write: (actors, tx) => importActors.run({ mapId, actors }, tx) },
    { rows: rows.inferences, write: (inferences, tx) => importInferences.run({ mapId, inferences }, tx) },
    { rows: rows.attacks, write: (attacks, tx) => importAttacks.run({ mapId, attacks }, tx) },
    { rows: rows.attacks, write: (attacks, tx) => importAttackLinks.run({ attacks }, tx) },
    { rows: rows.links, write: (links, tx) => importActorLinks.run({ links }, tx) },
    { rows: rows.rephrases, write: (rephrases, tx) => importRephrases.run({ mapId, rephrases }, tx) },
    { rows: rows.preferences, write: (preferences, tx) => importPreferences.run({ mapId, preferences }, tx) },
  ];
}

/**
 * The document as the parameter rows the import queries take, with ids made `<writeAs>:<key>`:
 * the map's own id, or a staging id for a staged import.
 */
export function toRows(doc: MapDocument, writeAs: string = doc.map.id) {
  const mapId = writeAs;
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
    answers: (i.answers ?? []).map((answer) => ({ question: answer.question, claimId: id(answer.claim) })),
  }));
  const attacks = (doc.attacks ?? []).map((a) => ({
    id: id(a.id),
    key: a.id,
    kind: a.kind,
    scheme: a.scheme ?? null,
    criticalQuestion: a.criticalQuestion ?? null,
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

export function linkKey(link: { actorId: string; claimId: string; kind: string }): string {
  return `${link.actorId}|${link.claimId}|${link.kind}`;
}
