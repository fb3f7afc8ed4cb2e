import type { EvaluationResolvers } from '../../graphql/resolvers-types.generated.ts';

export const Evaluation: EvaluationResolvers = {
  map: async (evaluation, _, { loaders }) => (await loaders.mapsById.load(evaluation.mapId))!,
  labels: (evaluation, { status }) => (status ? evaluation.labels.filter((label) => label.status === status) : evaluation.labels),
  claimIds: (evaluation, { status }) =>
    evaluation.labels.filter((label) => label.status === status).map((label) => label.claimId),
  counts: (evaluation) => {
    const counts = { in: 0, out: 0, undec: 0 };
    for (const { status } of evaluation.labels) counts[status === 'IN' ? 'in' : status === 'OUT' ? 'out' : 'undec']++;
    return counts;
  },
};
