import { beforeAll, describe, expect, it } from 'vitest';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { expectRefused, importSmallMap, type Refusal, type SmallMap } from '../support/fixtures.ts';

const api = useApi();

const createActor = `mutation($input: CreateActorInput!) {
  createActor(input: $input) { id key name kind aliases map { id } asserts { key } claimsAbout { key } }
}`;
const linkActor = `mutation($actorId: ID!, $claimId: ID!, $kind: ActorLinkKind!) {
  linkActor(actorId: $actorId, claimId: $claimId, kind: $kind) { key assertedBy { key } about { key } }
}`;
const unlinkActor = `mutation($actorId: ID!, $claimId: ID!, $kind: ActorLinkKind!) {
  unlinkActor(actorId: $actorId, claimId: $claimId, kind: $kind) { key assertedBy { key } about { key } }
}`;
const actorsQuery = `query($filter: ActorFilter) { actors(filter: $filter) { id key } }`;

describe('createActor', () => {
  it('creates an actor under the given key, trimming its name and aliases', async () => {
    const small = await importSmallMap(api, 'create-actor');
    const input = {
      mapId: small.mapId,
      key: 'nato',
      name: ' NATO ',
      kind: 'ORGANISATION',
      aliases: ['the Alliance', ' the Alliance ', ''],
    };
    const data = await api.ok(createActor, { input });
    expect(data.createActor).toEqual({
      id: `${small.mapId}:nato`,
      key: 'nato',
      name: 'NATO',
      kind: 'ORGANISATION',
      aliases: ['the Alliance'],
      map: { id: small.mapId },
      asserts: [],
      claimsAbout: [],
    });
    const found = await api.ok(actorsQuery, { filter: { mapId: small.mapId, search: 'alliance' } });
    expect(found.actors).toEqual([{ id: `${small.mapId}:nato`, key: 'nato' }]);
  });

  it('generates a key when none is given', async () => {
    const small = await importSmallMap(api, 'create-actor-key');
    const { createActor: actor } = await api.ok(createActor, { input: { mapId: small.mapId, name: 'Bob', kind: 'PERSON' } });
    expect(actor.key).toMatch(/^actor-[0-9a-f]{10}$/);
    expect(actor).toMatchObject({ id: `${small.mapId}:${actor.key}`, aliases: [] });
  });
});

describe('createActor: rules', () => {
  let small: SmallMap;
  beforeAll(async () => {
    small = await importSmallMap(api, 'actor-rules');
  });
  const refused = async (input: Record<string, unknown>, refusal: Refusal): Promise<void> => {
    await expectRefused(
      api,
      small.mapId,
      createActor,
      { input: { mapId: small.mapId, name: 'Bob', kind: 'PERSON', ...input } },
      refusal,
    );
  };

  it('refuses an empty name', () => refused({ name: '  ' }, { code: 'BAD_USER_INPUT', field: 'input.name' }));
  it('refuses a name of 301 characters', () =>
    refused({ name: 'n'.repeat(301) }, { code: 'BAD_USER_INPUT', field: 'input.name' }));
  it('refuses a key that is taken with CONFLICT', () =>
    refused({ key: 'ann' }, { code: 'CONFLICT', field: 'input.key', mentions: [small.ids.ann] }));
  it.each(['a b', 'a:b', ''])('refuses the bad key %j', (key) =>
    refused({ key }, { code: 'BAD_USER_INPUT', field: 'input.key' }),
  );

  it('refuses an unknown map with NOT_FOUND', async () => {
    const mapId = uniqueMapId('nowhere');
    await expectRefused(
      api,
      mapId,
      createActor,
      { input: { mapId, name: 'Bob', kind: 'PERSON' } },
      { code: 'NOT_FOUND', field: 'input.mapId', mentions: [mapId] },
    );
  });
});

describe('linkActor and unlinkActor', () => {
  it('links an actor as asserting a claim, seen from both ends', async () => {
    const small = await importSmallMap(api, 'link-asserts');
    const data = await api.ok(linkActor, { actorId: small.ids.russia, claimId: small.ids.gamma, kind: 'ASSERTS' });
    expect(data.linkActor).toEqual({ key: 'gamma', assertedBy: [{ key: 'russia' }], about: [] });
    const russia = await api.ok(`query($id: ID!) { actor(id: $id) { asserts { key } } }`, { id: small.ids.russia });
    expect(russia.actor.asserts).toEqual([{ key: 'delta' }, { key: 'gamma' }]);
  });

  it('links a claim as being about an actor, beside an asserts link of the same pair', async () => {
    const small = await importSmallMap(api, 'link-about');
    const data = await api.ok(linkActor, { actorId: small.ids.ann, claimId: small.ids.alpha, kind: 'ABOUT' });
    expect(data.linkActor).toEqual({ key: 'alpha', assertedBy: [{ key: 'ann' }], about: [{ key: 'ann' }] });
  });

  it('unlinks one kind of link and keeps the other', async () => {
    const small = await importSmallMap(api, 'unlink');
    await api.ok(linkActor, { actorId: small.ids.ann, claimId: small.ids.alpha, kind: 'ABOUT' });
    const data = await api.ok(unlinkActor, { actorId: small.ids.ann, claimId: small.ids.alpha, kind: 'ASSERTS' });
    expect(data.unlinkActor).toEqual({ key: 'alpha', assertedBy: [], about: [{ key: 'ann' }] });
    const ann = await api.ok(`query($id: ID!) { actor(id: $id) { asserts { key } claimsAbout { key } } }`, { id: small.ids.ann });
    expect(ann.actor).toEqual({ asserts: [], claimsAbout: [{ key: 'alpha' }, { key: 'beta' }] });
  });
});

describe('linkActor and unlinkActor: rules', () => {
  let small: SmallMap;
  let other: SmallMap;
  beforeAll(async () => {
    [small, other] = await Promise.all([importSmallMap(api, 'link-rules'), importSmallMap(api, 'link-other')]);
  });
  const link = (mutation: string, vars: { actorId: string; claimId: string; kind: string }, refusal: Refusal) =>
    expectRefused(api, small.mapId, mutation, vars, refusal);

  it('refuses linking twice with CONFLICT', () =>
    link(
      linkActor,
      { actorId: small.ids.ann, claimId: small.ids.alpha, kind: 'ASSERTS' },
      { code: 'CONFLICT', field: 'kind', mentions: [small.ids.ann, small.ids.alpha] },
    ));
  it('refuses unlinking a missing link with NOT_FOUND', () =>
    link(
      unlinkActor,
      { actorId: small.ids.ann, claimId: small.ids.alpha, kind: 'ABOUT' },
      { code: 'NOT_FOUND', field: 'kind', mentions: [small.ids.ann, small.ids.alpha] },
    ));

  it.each([
    ['linkActor', linkActor],
    ['unlinkActor', unlinkActor],
  ])('%s refuses unknown ids with NOT_FOUND', async (_, mutation) => {
    const nowhere = `${small.mapId}:nowhere`;
    await link(
      mutation,
      { actorId: nowhere, claimId: small.ids.alpha, kind: 'ASSERTS' },
      { code: 'NOT_FOUND', field: 'actorId', mentions: [nowhere] },
    );
    await link(
      mutation,
      { actorId: small.ids.ann, claimId: nowhere, kind: 'ASSERTS' },
      { code: 'NOT_FOUND', field: 'claimId', mentions: [nowhere] },
    );
    await link(
      mutation,
      { actorId: small.ids.ann, claimId: small.ids.i1, kind: 'ABOUT' },
      { code: 'NOT_FOUND', field: 'claimId', mentions: [small.ids.i1] },
    );
  });

  it.each([
    ['linkActor', linkActor],
    ['unlinkActor', unlinkActor],
  ])('%s refuses an actor of another map, writing to neither', async (_, mutation) => {
    const otherBefore = await mapSnapshot(api.db, other.mapId);
    await link(
      mutation,
      { actorId: other.ids.ann, claimId: small.ids.alpha, kind: 'ASSERTS' },
      {
        code: 'BAD_USER_INPUT',
        field: 'claimId',
        mentions: [small.ids.alpha, other.mapId],
      },
    );
    expect(await mapSnapshot(api.db, other.mapId)).toEqual(otherBefore);
  });
});

describe('actor and actors', () => {
  let small: SmallMap;
  beforeAll(async () => {
    small = await importSmallMap(api, 'actor-queries');
  });

  it('reads one actor with its claims', async () => {
    const data = await api.ok(
      `query($id: ID!) { actor(id: $id) { id key name kind aliases map { id } asserts { key } claimsAbout { key } } }`,
      {
        id: small.ids.ann,
      },
    );
    expect(data.actor).toEqual({
      id: small.ids.ann,
      key: 'ann',
      name: 'Ann',
      kind: 'PERSON',
      aliases: ['A.'],
      map: { id: small.mapId },
      asserts: [{ key: 'alpha' }],
      claimsAbout: [{ key: 'beta' }],
    });
  });

  it('is null for an unknown actor id', async () => {
    expect(await api.ok(`query($id: ID!) { actor(id: $id) { id } }`, { id: `${small.mapId}:nowhere` })).toEqual({ actor: null });
  });

  it('lists the actors of one map by name', async () => {
    expect((await api.ok(actorsQuery, { filter: { mapId: small.mapId } })).actors).toEqual([
      { id: small.ids.ann, key: 'ann' },
      { id: small.ids.russia, key: 'russia' },
    ]);
  });

  it('lists actors of every map without a filter', async () => {
    const ids = (await api.ok(actorsQuery)).actors.map((actor: { id: string }) => actor.id);
    expect(ids).toEqual(expect.arrayContaining([small.ids.ann, small.ids.russia]));
  });

  it('finds an actor by an alias, in any map or in one', async () => {
    expect((await api.ok(actorsQuery, { filter: { mapId: small.mapId, search: 'Kremlin' } })).actors).toEqual([
      { id: small.ids.russia, key: 'russia' },
    ]);
    const everywhere = (await api.ok(actorsQuery, { filter: { search: 'kremlin' } })).actors.map(
      (actor: { id: string }) => actor.id,
    );
    expect(everywhere).toContain(small.ids.russia);
    expect(everywhere).not.toContain(small.ids.ann);
  });

  it('takes a search full of Lucene syntax literally', async () => {
    // Each word is searched as itself: `ann*` finds the word "ann", and NOT excludes nothing.
    const found = await api.ok(actorsQuery, { filter: { mapId: small.mapId, search: 'NOT ann* || (russia~' } });
    expect(found.actors.map((actor: { key: string }) => actor.key).sort()).toEqual(['ann', 'russia']);
    expect(
      (await api.ok(actorsQuery, { filter: { mapId: small.mapId, search: '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /' } })).actors,
    ).toEqual([]);
  });
});
