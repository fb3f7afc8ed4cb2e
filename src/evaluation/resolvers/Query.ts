import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { circularReasoning, criticalPremisesOf, evaluate, explainStatus, openQuestionsOf } from '../evaluation-service.ts';

export const evaluationQueries: QueryResolvers = {
  evaluate: (_, { mapId, reject, openAssumptions }, context) => evaluate(context, mapId, reject, openAssumptions ?? 'IGNORE'),
  explainStatus: (_, { claimId, reject, openAssumptions }, context) =>
    explainStatus(context, claimId, reject, openAssumptions ?? 'IGNORE'),
  criticalPremises: (_, { conclusionId }, context) => criticalPremisesOf(context, conclusionId),
  circularReasoning: (_, { mapId, limit }, context) => circularReasoning(context, mapId, limit ?? 100),
  openQuestions: (_, { mapId, first }, context) => openQuestionsOf(context, mapId, first ?? 10),
};
