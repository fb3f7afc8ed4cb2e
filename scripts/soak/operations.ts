/**
 * Every GraphQL document the soak sends, in one place. The chain and dependence reads ask one page
 * of their Relay connections (`first`, `edges { node { … } }`) with its total.
 */

/** The seed map's ids the readers aim at (seed/editorial.argmap.json). */
export const seed = {
  mapId: 'editorial',
  actorIds: ['editorial:putin', 'editorial:trump'],
  searches: ['war', 'russia', 'peace', 'ceasefire', 'the (and)'],
};

export const write = {
  createMap: `mutation($input: CreateMapInput!) { createMap(input: $input) { id } }`,
  createClaim: `mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`,
  addInference: `mutation($input: AddInferenceInput!) { addInference(input: $input) { id } }`,
  addAttack: `mutation($input: AddAttackInput!) { addAttack(input: $input) { id } }`,
};

export const read = {
  claimPage: `query($mapId: ID!) {
    map(id: $mapId) { counts { claims inferences attacks actors } claims(first: 20) { nodes { id text } } }
  }`,
  search: `query($mapId: ID!, $q: String) {
    claims(filter: { mapId: $mapId, search: $q }, first: 10) { totalCount nodes { id text } }
  }`,
  claim: `query($id: ID!) { claim(id: $id) { id text supportedBy { premises { id } } attackedBy { id } } }`,
  reasoningChains: `query($id: ID!) {
    reasoningChains(conclusionId: $id, maxDepth: 4, first: 20) { totalCount edges { node { length end claims { id } } } }
  }`,
  consequences: `query($id: ID!) {
    consequences(premiseId: $id, maxDepth: 4, first: 20) { totalCount edges { node { length end claims { id } } } }
  }`,
  dependentClaims: `query($actorId: ID!) {
    dependentClaims(actorId: $actorId, maxDepth: 6, first: 20) { totalCount edges { node { distance claim { id } } } }
  }`,
  evaluate: `query($mapId: ID!) { evaluate(mapId: $mapId) { claimIds(status: IN) } }`,
  exportMap: `query($mapId: ID!) { exportMap(mapId: $mapId) }`,
};
