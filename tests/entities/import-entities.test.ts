import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { cliEnv, runCli } from '../support/cli.ts';
import { actorsDocument, entitySnapshot, importMapMutation, newEntity, tag, type ActorRow } from './entity-support.ts';

const api = useApi();

const importWithLinks = `mutation($document: JSONObject!, $linkEntities: Boolean) {
  importMap(document: $document, linkEntities: $linkEntities) { entityLinks { actor { id } entity { id name } created } }
}`;
const actorEntities = `query($id: ID!) { map(id: $id) { actors { key entity { id } } } }`;
const exportMap = `query($mapId: ID!, $format: MapFormat) { exportMap(mapId: $mapId, format: $format) }`;

const importActorsLinked = async (purpose: string, actors: ActorRow[], linkEntities = false) => {
  const mapId = uniqueMapId(purpose);
  const data = await api.ok(importWithLinks, { document: actorsDocument(mapId, actors), linkEntities });
  return { mapId, links: data.importMap.entityLinks };
};
const entitiesOf = async (mapId: string) =>
  Object.fromEntries(
    (await api.ok(actorEntities, { id: mapId })).map.actors.map((a: { key: string; entity: { id: string } | null }) => [
      a.key,
      a.entity?.id ?? null,
    ]),
  );

describe('importMap: actors[].entity', () => {
  it('creates the entity named by id when there is none, and links later maps to it', async () => {
    const t = tag();
    const entity = { id: `putin-${t}`, name: `Vladimir Putin ${t}`, sameAs: [`https://example.org/${t}`] };
    const first = await importActorsLinked('doc-entity-1', [{ id: 'p', name: 'Putin', entity }]);
    expect(first.links).toEqual([
      { actor: { id: `${first.mapId}:p` }, entity: { id: entity.id, name: entity.name }, created: true },
    ]);
    const second = await importActorsLinked('doc-entity-2', [
      { id: 'vp', name: 'V. Putin', entity: { ...entity, name: 'Other' } },
    ]);
    expect(second.links).toEqual([
      { actor: { id: `${second.mapId}:vp` }, entity: { id: entity.id, name: entity.name }, created: false },
    ]);
    expect(await entitySnapshot(api, [entity.id])).toMatchObject([{ actors: [`${first.mapId}:p`, `${second.mapId}:vp`].sort() }]);
  });

  it('links to an entity sharing a sameAs IRI when none has the id', async () => {
    const t = tag();
    const iri = `https://example.org/entity/${t}`;
    const existing = await newEntity(api, { name: `Donald Trump ${t}`, sameAs: [iri] });
    const { mapId, links } = await importActorsLinked('same-as', [
      { id: 'dt', name: 'Trump', entity: { id: `trump-${t}`, name: 'Trump', sameAs: [iri] } },
    ]);
    expect(links).toEqual([
      { actor: { id: `${mapId}:dt` }, entity: { id: existing, name: `Donald Trump ${t}` }, created: false },
    ]);
    expect(await entitySnapshot(api, [`trump-${t}`])).toEqual([{ id: `trump-${t}`, properties: null, actors: [] }]);
  });

  it('makes the map equal to the document: an actor the document links to no entity is unlinked; a repeat changes nothing', async () => {
    const t = tag();
    const mapId = uniqueMapId('doc-equal');
    const actors = [{ id: 'p', name: 'Putin', entity: { id: `p-${t}`, name: `P ${t}` } }];
    await api.ok(importMapMutation, { document: actorsDocument(mapId, actors) });
    const once = await mapSnapshot(api.db, mapId);
    await api.ok(importMapMutation, { document: actorsDocument(mapId, actors) });
    expect(await mapSnapshot(api.db, mapId)).toEqual(once);
    await api.ok(importMapMutation, { document: actorsDocument(mapId, [{ id: 'p', name: 'Putin' }]) });
    expect(await entitiesOf(mapId)).toEqual({ p: null });
  });

  it.each([
    [{ id: 'Not:an-id', name: 'X' }, 'document.actors[0].entity.id'],
    [{ id: 'fine', name: 'X', sameAs: ['Q7747'] }, 'document.actors[0].entity.sameAs'],
    [{ id: 'fine', name: '  ' }, 'document.actors[0].entity.name'],
  ])('refuses the entity %j with BAD_USER_INPUT naming %s, writing nothing', async (entity, field) => {
    const mapId = uniqueMapId('doc-entity-bad');
    const error = await api.fails(importMapMutation, { document: actorsDocument(mapId, [{ id: 'p', name: 'P', entity }]) });
    expect({ code: error.code, field: error.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await api.ok(`query($id: ID!) { map(id: $id) { id } }`, { id: mapId })).map).toBeNull();
  });
});

describe('importMap: linkEntities', () => {
  it('links each actor to the entity with its normalised name or alias, creating one when none has, and reports every link', async () => {
    const t = tag();
    const putin = await newEntity(api, { name: `Vladimir Putin ${t}`, aliases: [`Putin ${t}`] });
    const { mapId, links } = await importActorsLinked(
      'link-entities',
      [
        { id: 'a', name: `PUTIN ${t}.` },
        { id: 'b', name: `Donald Trump ${t}` },
        { id: 'c', name: `The Donald ${t}`, aliases: [`donald trump ${t}`] },
      ],
      true,
    );
    expect(links).toEqual([
      { actor: { id: `${mapId}:a` }, entity: { id: putin, name: `Vladimir Putin ${t}` }, created: false },
      { actor: { id: `${mapId}:b` }, entity: { id: `donald-trump-${t}`, name: `Donald Trump ${t}` }, created: true },
      { actor: { id: `${mapId}:c` }, entity: { id: `donald-trump-${t}`, name: `Donald Trump ${t}` }, created: false },
    ]);
  });

  it('links nothing by name when off, the default', async () => {
    const t = tag();
    await newEntity(api, { name: `Ann ${t}` });
    const { mapId, links } = await importActorsLinked('no-link-entities', [{ id: 'a', name: `Ann ${t}` }]);
    expect(links).toEqual([]);
    expect(await entitiesOf(mapId)).toEqual({ a: null });
  });

  it('works through importAif too', async () => {
    const t = tag();
    const entity = await newEntity(api, { name: `Bob ${t}` });
    const aif = {
      nodes: [
        { nodeID: '1', text: 'It rains.', type: 'I' },
        { nodeID: '2', text: `Bob ${t} : It rains.`, type: 'L' },
        { nodeID: '3', text: 'Asserting', type: 'YA' },
      ],
      edges: [
        { edgeID: 'e1', fromID: '2', toID: '3' },
        { edgeID: 'e2', fromID: '3', toID: '1' },
      ],
      locutions: [],
      participants: [],
    };
    const mapId = uniqueMapId('aif-link');
    const data = await api.ok(
      `mutation($d: JSONObject!, $m: ID) { importAif(document: $d, mapId: $m, linkEntities: true) { entityLinks { entity { id } created } } }`,
      { d: aif, m: mapId },
    );
    expect(data.importAif.entityLinks).toEqual([{ entity: { id: entity }, created: false }]);
  });
});

describe('round trips keep entity links', () => {
  it('argmap/map@1, AIF and Argdown exports carry actors[].entity, and importing them elsewhere links the same entity', async () => {
    const t = tag();
    const entity = {
      id: `rt-${t}`,
      name: `Round Trip ${t}`,
      aliases: ['RT'],
      kind: 'PERSON',
      sameAs: [`https://example.org/${t}`],
    };
    const mapId = uniqueMapId('rt');
    await api.ok(importMapMutation, {
      document: actorsDocument(mapId, [
        { id: 'p', name: 'P', entity },
        { id: 'q', name: 'Q' },
      ]),
    });
    const exported = JSON.parse((await api.ok(exportMap, { mapId })).exportMap);
    expect(exported.actors).toEqual([
      { id: 'p', name: 'P', kind: 'PERSON', aliases: [], entity },
      { id: 'q', name: 'Q', kind: 'PERSON', aliases: [] },
    ]);
    const copy = uniqueMapId('rt-copy');
    await api.ok(importMapMutation, { document: { ...exported, map: { ...exported.map, id: copy } } });
    expect(await entitiesOf(copy)).toEqual({ p: entity.id, q: null });
    const aif = (await api.ok(exportMap, { mapId, format: 'AIF_JSON' })).exportMap;
    const viaAif = uniqueMapId('rt-aif');
    await api.ok(`mutation($d: JSONObject!, $m: ID) { importAif(document: $d, mapId: $m) { created } }`, {
      d: JSON.parse(aif),
      m: viaAif,
    });
    // AIF names actors by participant, so their keys change; each keeps its entity.
    const byName = await api.ok(`query($id: ID!) { map(id: $id) { actors { name entity { id } } } }`, { id: viaAif });
    expect(byName.map.actors).toEqual([
      { name: 'P', entity: { id: entity.id } },
      { name: 'Q', entity: null },
    ]);
    // Argdown has no syntax for actors: they travel, entity and all, in the front matter's argmap block.
    const argdown = (await api.ok(exportMap, { mapId, format: 'ARGDOWN' })).exportMap;
    const viaArgdown = uniqueMapId('rt-argdown');
    await api.ok(`mutation($t: String!, $m: ID!) { importArgdown(text: $t, mapId: $m) { created } }`, {
      t: argdown,
      m: viaArgdown,
    });
    expect(await entitiesOf(viaArgdown)).toEqual({ p: entity.id, q: null });
  });
});

describe('argmap import --link-entities', () => {
  it('links the actors of the files it imports and prints each link', { timeout: 120_000 }, async () => {
    const t = tag();
    const neo4j = inject('neo4j');
    const env = cliEnv({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password });
    const mapId = uniqueMapId('cli-link');
    const file = `${mkdtempSync(`${tmpdir()}/argmap-entities-`)}/${mapId}.json`;
    writeFileSync(file, JSON.stringify(actorsDocument(mapId, [{ id: 'z', name: `Zed ${t}` }])));
    const { code, stdout } = await runCli(['import', '--link-entities', '--map-id', mapId, file], env);
    expect(code).toBe(0);
    expect(stdout).toContain(`  entity: ${mapId}:z → zed-${t} (created)`);
    expect(await entitiesOf(mapId)).toEqual({ z: `zed-${t}` });
  });
});
