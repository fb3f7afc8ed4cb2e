import type { ChainStepResolvers, ReasoningChainResolvers } from '../../graphql/resolvers-types.generated.ts';
import type { InferenceRecord } from '../../graphql/records/inference-record.ts';

export const ReasoningChain: ReasoningChainResolvers = {
  inferences: (chain) => chain.inferences.filter((inference): inference is InferenceRecord => inference !== null),
  steps: (chain) =>
    chain.inferences.map((inference, index) => ({ from: chain.claims[index]!, inference, to: chain.claims[index + 1]! })),
  length: (chain) => chain.inferences.length,
};

export const ChainStep: ChainStepResolvers = {
  kind: (step) => (step.inference === null ? 'SAME_CLAIM' : 'SUPPORT'),
};
