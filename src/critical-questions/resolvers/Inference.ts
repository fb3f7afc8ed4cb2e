import type { AttackResolvers, InferenceResolvers } from '../../graphql/resolvers-types.generated.ts';
import { inferenceScheme, questionStates } from '../question-states.ts';

/** The critical-question fields on Inference, merged into the Inference resolver map. */
export const criticalQuestionInferenceFields: InferenceResolvers = {
  criticalQuestions: async (inference, _, { loaders }) => {
    const scheme = inferenceScheme(inference.scheme);
    return scheme ? questionStates(scheme, await loaders.criticalQuestionsOfInferences.load(inference.id)) : [];
  },
};

/** The critical-question field on Attack, merged into the Attack resolver map. */
export const criticalQuestionAttackFields: AttackResolvers = {
  criticalQuestionId: (attack) => attack.criticalQuestion ?? null,
};
