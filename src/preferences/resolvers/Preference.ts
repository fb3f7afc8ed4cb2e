import type { PreferenceEndResolvers } from '../../graphql/resolvers-types.generated.ts';
import { elementType } from '../../attacks/resolvers/Attack.ts';

/** Preference's fields are all on its record; only the union needs telling apart. */
export const PreferenceEnd: PreferenceEndResolvers = {
  __resolveType: elementType,
};
