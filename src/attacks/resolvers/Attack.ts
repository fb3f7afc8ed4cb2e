import type { AttackResolvers, AttackTargetResolvers } from '../../graphql/resolvers-types.generated.ts';

export const Attack: AttackResolvers = {
  attacker: async (attack, _, { loaders }) => (await loaders.attackersOfAttacks.load(attack.id))!,
  target: async (attack, _, { loaders }) => (await loaders.targetsOfAttacks.load(attack.id))!,
  map: async (attack, _, { loaders }) => (await loaders.mapsById.load(attack.mapId))!,
  scheme: (attack) => attack.scheme ?? null,
  // Every attack query returns the node's properties; 1 only for one stored before versions.
  version: (attack) => attack.version ?? 1,
  attackedBy: (attack, _, { loaders }) => loaders.attacksOnAttacks.load(attack.id),
};

/** Claims carry text, attacks a kind, inferences neither: that tells the three records apart. */
export function elementType(element: object): 'Claim' | 'Attack' | 'Inference' {
  return 'text' in element ? 'Claim' : 'kind' in element ? 'Attack' : 'Inference';
}

export const AttackTarget: AttackTargetResolvers = {
  __resolveType: elementType,
};
