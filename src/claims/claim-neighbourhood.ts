/**
 * A page of claims read together with the neighbourhood its selection asks for. Asked field by
 * field, a page of 50 claims with their inferences, premises, conclusions, attacks, attackers and
 * actors costs 8 round trips (the page, then one DataLoader batch per nested field, in waves); the
 * page's resolver instead looks ahead at the selection, reads all of it in one more query
 * (cypher/claims/claim-neighbourhoods.cypher) and primes the loaders those fields use, so the
 * field resolvers stay as they are and find their answers already loaded.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ActorRecord } from '../graphql/records/actor-record.ts';
import type { AttackRecord } from '../graphql/records/attack-record.ts';
import type { InferenceRecord } from '../graphql/records/inference-record.ts';
import { selectedFieldNames } from '../graphql/look-ahead.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import type { RequestContext } from '../graphql/context.ts';
import type { Loaders } from '../graphql/loaders.ts';
import { claimPage, type PageArgs } from './claim-page.ts';
import type { ClaimPage, ClaimRecord } from '../graphql/records/claim-record.ts';

/** The parts of a claim's neighbourhood that can be read ahead, each a Claim field. */
const parts = ['supportedBy', 'supports', 'attackedBy', 'assertedBy', 'about'] as const;
type NeighbourhoodParts = Record<(typeof parts)[number], boolean>;

interface NeighbourhoodRow {
  id: string;
  supportedBy: { inference: InferenceRecord; premises: ClaimRecord[] }[];
  supports: { inference: InferenceRecord; conclusion: ClaimRecord | null }[];
  attackedBy: { attack: AttackRecord; attacker: ClaimRecord | null }[];
  assertedBy: ActorRecord[];
  about: ActorRecord[];
}

const claimNeighbourhoods = defineQuery<NeighbourhoodParts & { ids: string[] }, NeighbourhoodRow>('claims/claim-neighbourhoods');

/** The parts a connection's selection (`nodes { … }` or `edges { node { … } }`) asks for; null when none. */
function neighbourhoodPartsSelected(info: GraphQLResolveInfo): NeighbourhoodParts | null {
  const selected = new Set([...selectedFieldNames(info, ['nodes']), ...selectedFieldNames(info, ['edges', 'node'])]);
  const wanted = Object.fromEntries(parts.map((part) => [part, selected.has(part)])) as NeighbourhoodParts;
  return parts.some((part) => wanted[part]) ? wanted : null;
}

function readNeighbourhoods(tx: QueryRunner, ids: string[], wanted: NeighbourhoodParts): Promise<NeighbourhoodRow[]> {
  return claimNeighbourhoods.run({ ids, ...wanted }, tx);
}

/** A page of claims whose neighbourhood, as far as `info` selects it, is already in the loaders. */
export async function claimPageReadAhead(context: RequestContext, args: PageArgs, info: GraphQLResolveInfo): Promise<ClaimPage> {
  const wanted = neighbourhoodPartsSelected(info);
  if (!wanted) return claimPage(context.db, context.scope, args);
  const page = await claimPage(context.db, context.scope, args, (tx, ids) => readNeighbourhoods(tx, ids, wanted));
  primeLoaders(context.loaders, page.along ?? [], wanted);
  return page;
}

/** Fills the loaders that the Claim, Inference and Attack field resolvers use (only the parts read). */
function primeLoaders(loaders: Loaders, rows: NeighbourhoodRow[], wanted: NeighbourhoodParts): void {
  for (const row of rows) {
    if (wanted.supportedBy) {
      loaders.inferencesConcludingClaims.prime(
        row.id,
        row.supportedBy.map((s) => s.inference),
      );
      for (const { inference, premises } of row.supportedBy) loaders.premisesOfInferences.prime(inference.id, premises);
    }
    if (wanted.supports) {
      loaders.inferencesFromPremises.prime(
        row.id,
        row.supports.map((s) => s.inference),
      );
      for (const { inference, conclusion } of row.supports) loaders.conclusionsOfInferences.prime(inference.id, conclusion);
    }
    if (wanted.attackedBy) {
      loaders.attacksOnClaims.prime(
        row.id,
        row.attackedBy.map((a) => a.attack),
      );
      for (const { attack, attacker } of row.attackedBy) loaders.attackersOfAttacks.prime(attack.id, attacker);
    }
    if (wanted.assertedBy) loaders.actorsAssertingClaims.prime(row.id, row.assertedBy);
    if (wanted.about) loaders.actorsClaimsAreAbout.prime(row.id, row.about);
  }
}
