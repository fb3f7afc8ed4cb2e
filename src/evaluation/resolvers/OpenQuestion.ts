import type { OpenQuestionResolvers } from '../../graphql/resolvers-types.generated.ts';

export const OpenQuestion: OpenQuestionResolvers = {
  inference: async (open, _, { loaders }) => (await loaders.inferencesById.load(open.inferenceId))!,
  impact: (open) => open.changes.length,
};
