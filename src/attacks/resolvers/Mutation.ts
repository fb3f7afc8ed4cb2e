import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { addAttack, removeAttack } from '../attack-mutations.ts';

export const attackMutations: MutationResolvers = {
  addAttack: (_, { input }, { db, scope }) => addAttack(db, scope, input),
  removeAttack: (_, { id, expectedVersion }, { db, scope }) => removeAttack(db, scope, id, expectedVersion),
};
