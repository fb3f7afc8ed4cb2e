/**
 * Every DataLoader of a request, built fresh per request (a loader caches, and a cache shared
 * between requests would serve one user's stale reads to another). Each is backed by one
 * `cypher/loaders/*.cypher` query over `UNWIND $ids`.
 */
import DataLoader from 'dataloader';
import type { ActorRecord } from './records/actor-record.ts';
import type { AttackRecord } from './records/attack-record.ts';
import type { ClaimRecord } from './records/claim-record.ts';
import type { CriticalQuestionLinkRecord } from './records/critical-question-record.ts';
import type { EntityRecord } from './records/entity-record.ts';
import type { ClaimRole } from './resolvers-types.generated.ts';
import type { InferenceRecord } from './records/inference-record.ts';
import type { MapCountsRecord, MapRecord, SourceRecord } from './records/map-record.ts';
import type { PreferenceRecord } from './records/preference-record.ts';
import type { RephraseRecord } from './records/rephrase-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { manyByKeyLoader, oneByKeyLoader } from '../neo4j/keyed-loader.ts';
import { defineQuery, type PreparedQuery } from '../neo4j/query.ts';

type Ids = { ids: string[] };
type OneQuery<Item> = PreparedQuery<Ids, { key: string; item: Item }>;
type ManyQuery<Item> = PreparedQuery<Ids, { key: string; items: Item[] }>;
const one = <Item>(name: string): OneQuery<Item> => defineQuery(`loaders/${name}`);
const many = <Item>(name: string): ManyQuery<Item> => defineQuery(`loaders/${name}`);

/** Loaders that find at most one item per key (null when none). */
const oneQueries = {
  claimsById: one<ClaimRecord>('claims-by-id'),
  inferencesById: one<InferenceRecord>('inferences-by-id'),
  actorsById: one<ActorRecord>('actors-by-id'),
  mapsById: one<MapRecord>('maps-by-id'),
  sourcesByMapId: one<SourceRecord>('sources-by-map-id'),
  mapCounts: one<MapCountsRecord>('map-counts'),
  claimRoles: one<ClaimRole>('claim-roles'),
  conclusionsOfInferences: one<ClaimRecord>('conclusions-of-inferences'),
  attackersOfAttacks: one<ClaimRecord>('attackers-of-attacks'),
  targetsOfAttacks: one<ClaimRecord | InferenceRecord | AttackRecord>('targets-of-attacks'),
  entitiesById: one<EntityRecord>('entities-by-id'),
  entitiesOfActors: one<EntityRecord>('entities-of-actors'),
};

/** Loaders that find a list per key (empty when none). */
const manyQueries = {
  inferencesConcludingClaims: many<InferenceRecord>('inferences-concluding-claims'),
  inferencesFromPremises: many<InferenceRecord>('inferences-from-premises'),
  premisesOfInferences: many<ClaimRecord>('premises-of-inferences'),
  premisesOfClaims: many<ClaimRecord>('premises-of-claims'),
  conclusionsOfClaims: many<ClaimRecord>('conclusions-of-claims'),
  attacksOnClaims: many<AttackRecord>('attacks-on-claims'),
  undercutsOfInferences: many<AttackRecord>('undercuts-of-inferences'),
  attacksByAttackers: many<AttackRecord>('attacks-by-attackers'),
  actorsAssertingClaims: many<ActorRecord>('actors-asserting-claims'),
  actorsClaimsAreAbout: many<ActorRecord>('actors-claims-are-about'),
  claimsAssertedByActors: many<ClaimRecord>('claims-asserted-by-actors'),
  claimsAboutActors: many<ClaimRecord>('claims-about-actors'),
  attacksOnAttacks: many<AttackRecord>('attacks-on-attacks'),
  rephrasesFromClaims: many<RephraseRecord>('rephrases-from-claims'),
  rephrasesToClaims: many<RephraseRecord>('rephrases-to-claims'),
  preferencesOfMaps: many<PreferenceRecord>('preferences-of-maps'),
  criticalQuestionsOfInferences: many<CriticalQuestionLinkRecord>('critical-questions-of-inferences'),
  actorsOfEntities: many<ActorRecord>('actors-of-entities'),
};

export type Loaders = {
  [Name in keyof typeof oneQueries]: (typeof oneQueries)[Name] extends OneQuery<infer Item>
    ? DataLoader<string, Item | null>
    : never;
} & {
  [Name in keyof typeof manyQueries]: (typeof manyQueries)[Name] extends ManyQuery<infer Item>
    ? DataLoader<string, Item[]>
    : never;
} & {
  /** Claim.sameAs: the other claims of each claim's same-claim class, of the caller's maps only. */
  sameClaims: DataLoader<string, ClaimRecord[]>;
};

/**
 * The one traversal below the root that leaves a claim's map, so the one loader that needs the
 * caller's readable maps ($mapIds; null: all): guard-reads.ts checks only the root field.
 */
const sameClaimsQuery = defineQuery<Ids & { mapIds: readonly string[] | null }, { key: string; items: ClaimRecord[] }>(
  'loaders/same-claims-of-claims',
);

export function createLoaders(db: Database, scope: QueryScope, readableMaps: readonly string[] | null = null): Loaders {
  const loaders: Record<string, unknown> = {};
  loaders.sameClaims = new DataLoader<string, ClaimRecord[]>(async (ids) => {
    const rows = await db.read((tx) => sameClaimsQuery.run({ ids: [...ids], mapIds: readableMaps }, tx), scope);
    const byKey = new Map(rows.map((row) => [row.key, row.items]));
    return ids.map((id) => byKey.get(id) ?? []);
  });
  for (const [name, query] of Object.entries(oneQueries)) loaders[name] = oneByKeyLoader(db, scope, query as OneQuery<unknown>);
  for (const [name, query] of Object.entries(manyQueries))
    loaders[name] = manyByKeyLoader(db, scope, query as ManyQuery<unknown>);
  return loaders as Loaders;
}
