import type { ReasoningChainResolvers } from '../../graphql/resolvers-types.generated.ts';

export const ReasoningChain: ReasoningChainResolvers = {
  steps: (chain) =>
    chain.inferences.map((inference, index) => ({ from: chain.claims[index]!, inference, to: chain.claims[index + 1]! })),
  length: (chain) => chain.inferences.length,
};
