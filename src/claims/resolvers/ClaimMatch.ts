import type { ClaimMatchResolvers } from '../../graphql/resolvers-types.generated.ts';

// The map comes with the match (read in the same round trip), so `map` needs no loader.
export const ClaimMatch: ClaimMatchResolvers = {
  map: (match) => match.map,
};
