/**
 * A staged import writes its batches under a staging map id (`<map>~staging-<random>`) that no
 * map has, and commits them one by one before the swap. The map-wide listings (claims with or
 * without full-text search and their counts, actors and actor search, dependentClaims, maps) must
 * not show those elements: a staged claim's `map` resolves to nothing, and the whole request would
 * fail. Each listing is read at every batch of a staged re-import of the same document, so both
 * the old map's elements (which must be listed) and the staged copies (which must not) exist.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importMap } from '../../src/maps/import-map.ts';
import { defineQuery } from '../../src/neo4j/query.ts';
import { uniqueMapId, useApi } from '../support/api.ts';

const api = useApi();
const scope = { operationName: 'test' };

const stagedElements = defineQuery<{ prefix: string }, { stagingId: string; id: string; kind: 'Claim' | 'Actor' }>(
  '../tests/support/staged-elements',
);

/** Two claims and an actor, each carrying `marker` (a word no other test writes) in text, tag and name. */
function markedDocument(mapId: string, marker: string) {
  return {
    format: 'argmap/map@1',
    map: { id: mapId, title: 'Staged listings' },
    actors: [{ id: 'who', name: `${marker} Person`, kind: 'PERSON' }],
    claims: [
      { id: 'premise', text: `The ${marker} premise.`, tags: [marker] },
      { id: 'conclusion', text: `The ${marker} conclusion.`, tags: [marker] },
    ],
    inferences: [{ id: 'i1', premises: ['premise'], conclusion: 'conclusion' }],
    actorLinks: [{ actor: 'who', claim: 'premise', kind: 'ASSERTS' }],
  };
}

const claimsQuery = `query($filter: ClaimFilter) {
  claims(filter: $filter, first: 100) { totalCount nodes { id map { id } } }
}`;
const actorsQuery = `query($filter: ActorFilter) { actors(filter: $filter) { id asserts { id map { id } } } }`;
const dependentQuery = `query($actorId: ID!) {
  dependentClaims(actorId: $actorId, first: 100) { edges { node { claim { id map { id } } } } }
}`;

/** Runs a listing that must answer without errors, and returns its data. */
async function listed(query: string, variables: Record<string, unknown>) {
  const result = await api.run(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

/** The claim ids and total of a `claims` listing. */
async function claimsListed(filter: Record<string, unknown>) {
  const { claims } = await listed(claimsQuery, { filter });
  return { ids: claims.nodes.map((claim: { id: string }) => claim.id).sort(), total: claims.totalCount };
}

describe('map-wide listings while a staged import is half done', () => {
  it('list the map’s own elements and none of the staged ones, without errors', async () => {
    const mapId = uniqueMapId('staged-listings');
    const marker = `zq${randomBytes(5).toString('hex')}`;
    await importMap(api.db, scope, markedDocument(mapId, marker));
    const claimIds = [`${mapId}:conclusion`, `${mapId}:premise`];
    const actorId = `${mapId}:who`;
    let checkedAt: { written: number; total: number } | undefined;

    await importMap(api.db, scope, markedDocument(mapId, marker), {
      singleTransactionRows: 0,
      onProgress: async (written, total) => {
        // Once, at the first batch after which both staged claims and actors exist.
        if (checkedAt) return;
        const staged = await api.db.read((tx) => stagedElements.run({ prefix: `${mapId}~staging-` }, tx));
        if (!['Actor', 'Claim'].every((kind) => staged.some((element) => element.kind === kind))) return;
        checkedAt = { written, total };
        const stagingId = staged[0]!.stagingId;

        const all = { ids: claimIds, total: 2 };
        expect(await claimsListed({ tag: marker })).toEqual(all);
        expect(await claimsListed({ search: marker })).toEqual(all);
        expect(await claimsListed({ tag: marker, role: 'BASIC_PREMISE' })).toEqual({ ids: [`${mapId}:premise`], total: 1 });
        expect(await claimsListed({ actorId })).toEqual({ ids: [`${mapId}:premise`], total: 1 });
        expect(await claimsListed({ mapId })).toEqual(all);
        expect(await claimsListed({ mapId: stagingId })).toEqual({ ids: [], total: 0 });
        expect(await claimsListed({ mapId: stagingId, search: marker })).toEqual({ ids: [], total: 0 });

        const actorsByName = (await listed(actorsQuery, { filter: { search: marker } })).actors;
        expect(actorsByName).toEqual([{ id: actorId, asserts: [{ id: `${mapId}:premise`, map: { id: mapId } }] }]);
        expect((await listed(actorsQuery, { filter: { mapId: stagingId } })).actors).toEqual([]);
        const everyActor = (await listed(actorsQuery, {})).actors.map((actor: { id: string }) => actor.id);
        expect(everyActor).toContain(actorId);
        expect(everyActor.filter((id: string) => id.includes('~staging-'))).toEqual([]);

        const dependents = (await listed(dependentQuery, { actorId })).dependentClaims.edges;
        expect(dependents.map((edge: { node: { claim: { id: string } } }) => edge.node.claim.id).sort()).toEqual(claimIds);
        const maps = (await listed('{ maps { id } }', {})).maps.map((map: { id: string }) => map.id);
        expect(maps.filter((id: string) => id.includes('~'))).toEqual([]);
      },
    });

    // The listings were read while staged claims and actors existed and rows were still to come.
    expect(checkedAt).toBeDefined();
    expect(checkedAt!.written).toBeLessThan(checkedAt!.total);
  }, 120_000);
});
