import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import {
  createEntity,
  entitySnapshot,
  expectEntityRefusal,
  importActors,
  linkActorToEntity,
  newEntity,
  tag,
} from './entity-support.ts';

const api = useApi();

const unlink = `mutation($actorId: ID!) { unlinkActorFromEntity(actorId: $actorId) { id entity { id } } }`;
const merge = `mutation($keepId: ID!, $mergeId: ID!) {
  mergeEntities(keepId: $keepId, mergeId: $mergeId) { id name aliases kind sameAs actors { id } maps { id } }
}`;
const entity = `query($id: ID!) { entity(id: $id) { id actors { id } } }`;
const history = `query($id: ID!) { map(id: $id) { history(first: 10) { operation role } } }`;

// An IRI of this test's own: a real one (Wikidata's Q7747) is shared with the seed, whose import
// links its Putin actors to any entity with that IRI when `vladimir-putin` does not exist yet.
const putinIri = (t: string) => `https://example.org/entity/putin-${t}`;

describe('createEntity', () => {
  it('creates an entity under the given id, trimming its name and aliases and keeping its sameAs IRIs', async () => {
    const t = tag();
    const input = {
      id: `putin-${t}`,
      name: ` Vladimir Putin ${t} `,
      kind: 'PERSON',
      aliases: ['Putin', ' Putin ', '', `Vladimir Putin ${t}`],
      sameAs: [putinIri(t), putinIri(t)],
    };
    expect((await api.ok(createEntity, { input })).createEntity).toEqual({
      id: `putin-${t}`,
      name: `Vladimir Putin ${t}`,
      aliases: ['Putin'],
      kind: 'PERSON',
      sameAs: [putinIri(t)],
      actors: [],
      maps: [],
    });
  });

  it('makes the id from the name, with -2 when that id is taken', async () => {
    const t = tag();
    const first = await newEntity(api, { name: `Vladímir Pútin ${t}` });
    const second = await newEntity(api, { name: `Vladimir Putin ${t}` });
    expect([first, second]).toEqual([`vladimir-putin-${t}`, `vladimir-putin-${t}-2`]);
  });
});

describe('createEntity: rules, nothing written', () => {
  const refused = async (input: Record<string, unknown>, code: string, field: string, entityIds: string[] = []) => {
    await expectEntityRefusal(
      api,
      createEntity,
      { input: { kind: 'PERSON', name: `N ${tag()}`, ...input } },
      { code, field, entityIds },
    );
  };

  it('refuses an empty name', () => refused({ name: '  ' }, 'BAD_USER_INPUT', 'input.name'));
  it('refuses an alias of 301 characters', () => refused({ aliases: ['a'.repeat(301)] }, 'BAD_USER_INPUT', 'input.aliases[0]'));
  it.each(['a:b', 'Upper', 'a b', '-a', 'a--b', ''])('refuses the id %j', (id) =>
    refused({ id }, 'BAD_USER_INPUT', 'input.id', [id]),
  );
  it.each(['Q7747', 'wikidata.org/entity/Q7747', 'http://exa mple.org', ''])(
    'refuses the sameAs %j, not an absolute IRI',
    (iri) => refused({ id: `e-${tag()}`, sameAs: ['https://example.org/ok', iri] }, 'BAD_USER_INPUT', 'input.sameAs'),
  );
  it('refuses a taken id with CONFLICT', async () => {
    const id = await newEntity(api, { name: `Taken ${tag()}` });
    await refused({ id }, 'CONFLICT', 'input.id', [id]);
  });
});

describe('linkActorToEntity and unlinkActorFromEntity', () => {
  it('links an actor, shows it from both sides, and records the write in the map history', async () => {
    const t = tag();
    const mapId = await importActors(api, 'link', [{ id: 'putin', name: `Putin ${t}` }]);
    const entityId = await newEntity(api, { name: `Vladimir Putin ${t}` });
    const data = await api.ok(linkActorToEntity, { actorId: `${mapId}:putin`, entityId });
    expect(data.linkActorToEntity).toEqual({ id: `${mapId}:putin`, entity: { id: entityId } });
    expect((await api.ok(entity, { id: entityId })).entity.actors).toEqual([{ id: `${mapId}:putin` }]);
    const trail = (await api.ok(history, { id: mapId })).map.history;
    expect(trail[0]).toEqual({ operation: 'linkActorToEntity', role: 'admin' });
  });

  it('changes nothing when the actor is linked to that entity already', async () => {
    const mapId = await importActors(api, 'relink', [{ id: 'a', name: `A ${tag()}` }]);
    const entityId = await newEntity(api, { name: `A ${tag()}` });
    await api.ok(linkActorToEntity, { actorId: `${mapId}:a`, entityId });
    const before = await entitySnapshot(api, [entityId]);
    await api.ok(linkActorToEntity, { actorId: `${mapId}:a`, entityId });
    expect(await entitySnapshot(api, [entityId])).toEqual(before);
  });

  it('refuses to link an actor linked to another entity (CONFLICT naming actorId and that entity), writing nothing', async () => {
    const mapId = await importActors(api, 'conflict', [{ id: 'a', name: `A ${tag()}` }]);
    const [one, two] = [await newEntity(api, { name: `One ${tag()}` }), await newEntity(api, { name: `Two ${tag()}` })];
    await api.ok(linkActorToEntity, { actorId: `${mapId}:a`, entityId: one });
    const message = await expectEntityRefusal(
      api,
      linkActorToEntity,
      { actorId: `${mapId}:a`, entityId: two },
      { code: 'CONFLICT', field: 'actorId', entityIds: [one, two], mapIds: [mapId] },
    );
    expect(message).toContain(one);
  });

  it('links an actor to one entity when two calls race to link it to different ones', async () => {
    const mapId = await importActors(api, 'race', [{ id: 'a', name: `A ${tag()}` }]);
    const ids = [await newEntity(api, { name: `One ${tag()}` }), await newEntity(api, { name: `Two ${tag()}` })];
    const results = await Promise.all(ids.map((entityId) => api.run(linkActorToEntity, { actorId: `${mapId}:a`, entityId })));
    const codes = results.map((result) => result.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const linked = (await entitySnapshot(api, ids)) as { actors: string[] }[];
    expect(linked.flatMap((entity) => entity.actors)).toEqual([`${mapId}:a`]);
  });

  it('refuses an unknown actor or entity with NOT_FOUND naming it, writing nothing', async () => {
    const mapId = await importActors(api, 'link-missing', [{ id: 'a', name: `A ${tag()}` }]);
    const entityId = await newEntity(api, { name: `E ${tag()}` });
    await expectEntityRefusal(
      api,
      linkActorToEntity,
      { actorId: `${mapId}:nobody`, entityId },
      { code: 'NOT_FOUND', field: 'actorId', entityIds: [entityId], mapIds: [mapId] },
    );
    await expectEntityRefusal(
      api,
      linkActorToEntity,
      { actorId: `${mapId}:a`, entityId: `missing-${tag()}` },
      { code: 'NOT_FOUND', field: 'entityId', mapIds: [mapId] },
    );
  });

  it('unlinks an actor; unlinking it again is NOT_FOUND naming actorId', async () => {
    const mapId = await importActors(api, 'unlink', [{ id: 'a', name: `A ${tag()}` }]);
    const entityId = await newEntity(api, { name: `E ${tag()}` });
    await api.ok(linkActorToEntity, { actorId: `${mapId}:a`, entityId });
    expect((await api.ok(unlink, { actorId: `${mapId}:a` })).unlinkActorFromEntity).toEqual({ id: `${mapId}:a`, entity: null });
    expect((await api.ok(entity, { id: entityId })).entity.actors).toEqual([]);
    await expectEntityRefusal(
      api,
      unlink,
      { actorId: `${mapId}:a` },
      { code: 'NOT_FOUND', field: 'actorId', entityIds: [entityId], mapIds: [mapId] },
    );
  });
});

describe('mergeEntities', () => {
  it('moves the actors, unions aliases (the merged name among them) and sameAs, and deletes the merged entity', async () => {
    const t = tag();
    const mapA = await importActors(api, 'merge-a', [{ id: 'p', name: `Putin ${t}` }]);
    const mapB = await importActors(api, 'merge-b', [{ id: 'p', name: `V. Putin ${t}` }]);
    const keepId = await newEntity(api, {
      name: `Vladimir Putin ${t}`,
      aliases: [`Putin ${t}`],
      sameAs: [putinIri(t)],
    });
    const mergeId = await newEntity(api, {
      name: `V. Putin ${t}`,
      aliases: [`putin ${t}`, 'the Russian president'],
      sameAs: [`https://example.org/wiki/putin-${t}`, putinIri(t)],
    });
    await api.ok(linkActorToEntity, { actorId: `${mapA}:p`, entityId: keepId });
    await api.ok(linkActorToEntity, { actorId: `${mapB}:p`, entityId: mergeId });
    const merged = (await api.ok(merge, { keepId, mergeId })).mergeEntities;
    expect(merged).toEqual({
      id: keepId,
      name: `Vladimir Putin ${t}`,
      aliases: [`Putin ${t}`, `V. Putin ${t}`, 'the Russian president'],
      kind: 'PERSON',
      sameAs: [putinIri(t), `https://example.org/wiki/putin-${t}`],
      actors: [{ id: `${mapA}:p` }, { id: `${mapB}:p` }].sort((x, y) => x.id.localeCompare(y.id)),
      maps: [{ id: mapA }, { id: mapB }].sort((x, y) => x.id.localeCompare(y.id)),
    });
    expect((await api.ok(entity, { id: mergeId })).entity).toBeNull();
  });

  it('refuses to merge an entity into itself (BAD_USER_INPUT naming mergeId), writing nothing', async () => {
    const id = await newEntity(api, { name: `Self ${tag()}` });
    await expectEntityRefusal(
      api,
      merge,
      { keepId: id, mergeId: id },
      { code: 'BAD_USER_INPUT', field: 'mergeId', entityIds: [id] },
    );
  });

  it('refuses an unknown keepId or mergeId with NOT_FOUND naming it, writing nothing', async () => {
    const mapId = await importActors(api, 'merge-missing', [{ id: 'a', name: `A ${tag()}` }]);
    const id = await newEntity(api, { name: `Here ${tag()}` });
    await api.ok(linkActorToEntity, { actorId: `${mapId}:a`, entityId: id });
    const missing = `missing-${tag()}`;
    const refusal = { entityIds: [id, missing], mapIds: [mapId] };
    await expectEntityRefusal(api, merge, { keepId: id, mergeId: missing }, { code: 'NOT_FOUND', field: 'mergeId', ...refusal });
    await expectEntityRefusal(api, merge, { keepId: missing, mergeId: id }, { code: 'NOT_FOUND', field: 'keepId', ...refusal });
  });
});
