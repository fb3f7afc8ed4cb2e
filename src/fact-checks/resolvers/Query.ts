import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { selectedFieldNames } from '../../graphql/look-ahead.ts';
import { claimsRestingOn } from '../claims-resting-on.ts';

export const factCheckQueries: QueryResolvers = {
  claimsRestingOn: (_, args, { db, scope }, info) =>
    claimsRestingOn(db, scope, { ...args, withTotal: selectedFieldNames(info, []).has('totalCount') }),
};
