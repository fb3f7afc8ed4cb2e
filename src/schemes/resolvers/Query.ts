import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { schemeCatalogue } from '../catalogue.ts';

export const schemeQueries: QueryResolvers = {
  schemes: () => [...schemeCatalogue().all],
  scheme: (_, { id }) => schemeCatalogue().byId(id) ?? null,
};
