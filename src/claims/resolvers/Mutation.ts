import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { createClaim, deleteClaim, updateClaim } from '../claim-mutations.ts';

export const claimMutations: MutationResolvers = {
  createClaim: (_, { input }, { db, scope }) => createClaim(db, scope, input),
  updateClaim: (_, { id, input, expectedVersion }, { db, scope }) => updateClaim(db, scope, id, input, expectedVersion),
  deleteClaim: (_, { id, cascade, expectedVersion }, { db, scope }) =>
    deleteClaim(db, scope, id, cascade ?? false, expectedVersion),
};
