import type { ArgumentMapResolvers } from '../../graphql/resolvers-types.generated.ts';
import { claimPageReadAhead } from '../claim-neighbourhood.ts';

/** ArgumentMap.claims lives with the claims so that maps/ need not import claims/. */
export const claimArgumentMapFields: ArgumentMapResolvers = {
  claims: (map, { first, after }, context, info) =>
    claimPageReadAhead(context, { filter: { mapId: map.id }, first, after }, info),
};
