import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { claimPage } from '../claim-page.ts';

export const claimQueries: QueryResolvers = {
  claim: (_, { id }, { loaders }) => loaders.claimsById.load(id),
  claims: (_, args, { db, scope }) => claimPage(db, scope, args),
};
