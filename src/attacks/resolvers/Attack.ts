import type { AttackResolvers, AttackTargetResolvers } from '../../graphql/resolvers-types.generated.ts';

export const Attack: AttackResolvers = {
  attacker: async (attack, _, { loaders }) => (await loaders.attackersOfAttacks.load(attack.id))!,
  target: async (attack, _, { loaders }) => (await loaders.targetsOfAttacks.load(attack.id))!,
  map: async (attack, _, { loaders }) => (await loaders.mapsById.load(attack.mapId))!,
};

/** Claims carry text and inferences do not: that tells the two records apart. */
export const AttackTarget: AttackTargetResolvers = {
  __resolveType: (target) => ('text' in target ? 'Claim' : 'Inference'),
};
