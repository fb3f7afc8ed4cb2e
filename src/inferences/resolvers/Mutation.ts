import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { addInference, removeInference } from '../inference-mutations.ts';

export const inferenceMutations: MutationResolvers = {
  addInference: (_, { input }, { db, scope }) => addInference(db, scope, input),
  removeInference: (_, { id, expectedVersion }, { db, scope }) => removeInference(db, scope, id, expectedVersion),
};
