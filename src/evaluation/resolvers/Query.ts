import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { circularReasoning, criticalPremisesOf, evaluate, explainStatus } from '../evaluation-service.ts';

export const evaluationQueries: QueryResolvers = {
  evaluate: (_, { mapId, reject }, context) => evaluate(context, mapId, reject),
  explainStatus: (_, { claimId, reject }, context) => explainStatus(context, claimId, reject),
  criticalPremises: (_, { conclusionId }, context) => criticalPremisesOf(context, conclusionId),
  circularReasoning: (_, { mapId, limit }, context) => circularReasoning(context, mapId, limit ?? 100),
};
