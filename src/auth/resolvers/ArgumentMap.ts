import type { ArgumentMapResolvers } from '../../graphql/resolvers-types.generated.ts';
import { auditTrail } from '../audit-trail.ts';

export const auditArgumentMapFields: ArgumentMapResolvers = {
  history: (map, { first }, { db, scope }) => auditTrail(db, scope, map.id, first ?? 20),
};
