import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { claimPageReadAhead } from '../claim-neighbourhood.ts';
import { matchClaims } from '../match-claims.ts';

export const claimQueries: QueryResolvers = {
  claim: (_, { id }, { loaders }) => loaders.claimsById.load(id),
  claims: (_, args, context, info) => claimPageReadAhead(context, args, info),
  matchClaims: (_, args, { db, scope }) => matchClaims(db, scope, args),
};
