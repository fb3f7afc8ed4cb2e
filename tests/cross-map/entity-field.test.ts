/**
 * Entity.dependentClaims, read through the service's own fields: `entity(id)` and an actor's
 * `entity`. It sits below the root, so no read guard scopes it: the field takes the caller's map
 * limit itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/graphql/caller.ts';
import { testAdmin, useApi } from '../support/api.ts';
import { buildWeb, type Web } from './web.ts';

const api = useApi();

const page = `dependentClaims(maps: $maps, first: 100) { totalCount edges { node { claim { id } actor { id } distance } } }`;
const byEntity = `query($id: ID!, $maps: [ID!]) { entity(id: $id) { ${page} } }`;
const byActor = `query($id: ID!, $maps: [ID!]) { actor(id: $id) { entity { ${page} } } }`;
const queryField = `query($id: ID!, $maps: [ID!]) {
  dependentClaims(entityId: $id, maps: $maps, first: 100) { totalCount edges { node { claim { id } actor { id } distance } } }
}`;

async function viaEntity(caller: Caller, variables: Record<string, unknown>) {
  const result = await api.runAs(caller, byEntity, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.entity.dependentClaims;
}

let web: Web;
beforeAll(async () => {
  web = await buildWeb(api, 'entity-field');
});

describe('Entity.dependentClaims', () => {
  it('answers as Query.dependentClaims(entityId) with the same arguments', async () => {
    for (const maps of [undefined, [web.a.mapId, web.b.mapId]]) {
      const { dependentClaims } = await api.ok(queryField, { id: web.putin, maps });
      expect(await viaEntity(testAdmin, { id: web.putin, maps })).toEqual(dependentClaims);
    }
  });

  it('answers the same through either actor’s entity, whichever map the actor is in', async () => {
    const { dependentClaims } = await api.ok(queryField, { id: web.putin });
    for (const actor of ['pa', 'pb']) {
      const { actor: seen } = await api.ok(byActor, { id: web.id(actor) });
      expect(seen.entity.dependentClaims).toEqual(dependentClaims);
    }
  });

  it('answers a token limited to some maps from those maps only, though no read guard sits above it', async () => {
    const limited: Caller = { tokenId: 'limited', role: 'reader', maps: [web.a.mapId] };
    const seen = (await viaEntity(limited, { id: web.putin })) as { edges: { node: { claim: { id: string } } }[] };
    expect(seen.edges.map((edge) => edge.node.claim.id)).toEqual(['a1', 'a2', 'a3'].map(web.id));
    expect(await viaEntity(limited, { id: web.putin, maps: [web.b.mapId] })).toEqual({ totalCount: 0, edges: [] });
  });
});
