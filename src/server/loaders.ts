/**
 * Every DataLoader of a request, built fresh per request (a loader caches, and a cache shared
 * between requests would serve one user's stale reads to another).
 */
import type { ActorRecord } from '../actors/actor-record.ts';
import type { AttackRecord } from '../attacks/attack-record.ts';
import type { ClaimRecord } from '../claims/claim-record.ts';
import type { ClaimRole } from '../graphql/resolvers-types.generated.ts';
import type { InferenceRecord } from '../inferences/inference-record.ts';
import type { MapCountsRecord, MapRecord, SourceRecord } from '../maps/map-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { manyByKeyLoader, oneByKeyLoader } from '../neo4j/keyed-loader.ts';
import { defineQuery } from '../neo4j/query.ts';

type Ids = { ids: string[] };
const one = <Item>(name: string) => defineQuery<Ids, { key: string; item: Item }>(`loaders/${name}`);
const many = <Item>(name: string) => defineQuery<Ids, { key: string; items: Item[] }>(`loaders/${name}`);


const queries = {
  claimsById: one<ClaimRecord>('claims-by-id'),
  inferencesById: one<InferenceRecord>('inferences-by-id'),
  actorsById: one<ActorRecord>('actors-by-id'),
  mapsById: one<MapRecord>('maps-by-id'),
  sourcesByMapId: one<SourceRecord>('sources-by-map-id'),
  mapCounts: one<MapCountsRecord>('map-counts'),
  claimRoles: one<ClaimRole>('claim-roles'),
  inferencesConcludingClaims: many<InferenceRecord>('inferences-concluding-claims'),
  inferencesFromPremises: many<InferenceRecord>('inferences-from-premises'),
  premisesOfInferences: many<ClaimRecord>('premises-of-inferences'),
  conclusionsOfInferences: one<ClaimRecord>('conclusions-of-inferences'),
  premisesOfClaims: many<ClaimRecord>('premises-of-claims'),
  conclusionsOfClaims: many<ClaimRecord>('conclusions-of-claims'),
  attacksOnClaims: many<AttackRecord>('attacks-on-claims'),
  undercutsOfInferences: many<AttackRecord>('undercuts-of-inferences'),
  attacksByAttackers: many<AttackRecord>('attacks-by-attackers'),
  attackersOfAttacks: one<ClaimRecord>('attackers-of-attacks'),
  targetsOfAttacks: one<ClaimRecord | InferenceRecord>('targets-of-attacks'),
  actorsAssertingClaims: many<ActorRecord>('actors-asserting-claims'),
  actorsClaimsAreAbout: many<ActorRecord>('actors-claims-are-about'),
  claimsAssertedByActors: many<ClaimRecord>('claims-asserted-by-actors'),
  claimsAboutActors: many<ClaimRecord>('claims-about-actors'),
};

export function createLoaders(db: Database, scope: QueryScope) {
  const loadOne = <Item>(query: Parameters<typeof oneByKeyLoader<Item>>[2]) => oneByKeyLoader(db, scope, query);
  const loadMany = <Item>(query: Parameters<typeof manyByKeyLoader<Item>>[2]) => manyByKeyLoader(db, scope, query);
  return {
    claimsById: loadOne(queries.claimsById),
    inferencesById: loadOne(queries.inferencesById),
    actorsById: loadOne(queries.actorsById),
    mapsById: loadOne(queries.mapsById),
    sourcesByMapId: loadOne(queries.sourcesByMapId),
    mapCounts: loadOne(queries.mapCounts),
    claimRoles: loadOne(queries.claimRoles),
    inferencesConcludingClaims: loadMany(queries.inferencesConcludingClaims),
    inferencesFromPremises: loadMany(queries.inferencesFromPremises),
    premisesOfInferences: loadMany(queries.premisesOfInferences),
    conclusionsOfInferences: loadOne(queries.conclusionsOfInferences),
    premisesOfClaims: loadMany(queries.premisesOfClaims),
    conclusionsOfClaims: loadMany(queries.conclusionsOfClaims),
    attacksOnClaims: loadMany(queries.attacksOnClaims),
    undercutsOfInferences: loadMany(queries.undercutsOfInferences),
    attacksByAttackers: loadMany(queries.attacksByAttackers),
    attackersOfAttacks: loadOne(queries.attackersOfAttacks),
    targetsOfAttacks: loadOne(queries.targetsOfAttacks),
    actorsAssertingClaims: loadMany(queries.actorsAssertingClaims),
    actorsClaimsAreAbout: loadMany(queries.actorsClaimsAreAbout),
    claimsAssertedByActors: loadMany(queries.claimsAssertedByActors),
    claimsAboutActors: loadMany(queries.claimsAboutActors),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
