/**
 * What `dependentClaims` (on Query and on Actor) reads ahead from its selection: the claim
 * properties shown anywhere in an edge (the claim itself and its chain's claims) and whether the
 * total is asked for.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '../graphql/look-ahead.ts';
import { chainClaimPaths, claimPropertiesSelected } from '../claims/claim-projection.ts';

export function dependenceLookAhead(info: GraphQLResolveInfo): { claimProperties: string[]; withTotal: boolean } {
  const paths = [['edges', 'node', 'claim'], ...chainClaimPaths(['edges', 'node', 'chain'])];
  return { claimProperties: claimPropertiesSelected(info, paths), withTotal: selectedFieldNames(info, []).has('totalCount') };
}
