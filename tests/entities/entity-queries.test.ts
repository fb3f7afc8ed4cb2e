import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/graphql/caller.ts';
import { useApi } from '../support/api.ts';
import { importActors, linkActorToEntity, newEntity, tag } from './entity-support.ts';

const api = useApi();

const entity = `query($id: ID!) { entity(id: $id) { id name actors { id } maps { id } } }`;
const entities = `query($search: String, $first: Int) { entities(search: $search, first: $first) { id } }`;
const suggest = `query($actorId: ID!, $first: Int) {
  suggestEntities(actorId: $actorId, first: $first) { entity { id } actor { id } reason matched }
}`;

describe('entity and entities', () => {
  it('answers null for an unknown entity', async () => {
    expect((await api.ok(entity, { id: `missing-${tag()}` })).entity).toBeNull();
  });

  it('finds entities by the words of a name or an alias, taken literally', async () => {
    const t = tag();
    const id = await newEntity(api, { name: `Donald Trump ${t}`, aliases: [`The Donald ${t}-x`] });
    expect((await api.ok(entities, { search: `trump ${t}` })).entities).toContainEqual({ id });
    expect((await api.ok(entities, { search: `${t}-x AND` })).entities).toContainEqual({ id });
  });

  it('lists at most `first` entities, and refuses a first of 0 naming first', async () => {
    await newEntity(api, { name: `One ${tag()}` });
    await newEntity(api, { name: `Two ${tag()}` });
    expect((await api.ok(entities, { first: 2 })).entities).toHaveLength(2);
    expect(await api.fails(entities, { first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows a map-limited reader only the actors and maps of its maps', async () => {
    const t = tag();
    const [mine, theirs] = [
      await importActors(api, 'mine', [{ id: 'p', name: `P ${t}` }]),
      await importActors(api, 'theirs', [{ id: 'p', name: `P ${t}` }]),
    ];
    const id = await newEntity(api, { name: `P ${t}` });
    for (const mapId of [mine, theirs]) await api.ok(linkActorToEntity, { actorId: `${mapId}:p`, entityId: id });
    const reader: Caller = { tokenId: 'limited-reader', role: 'reader', maps: [mine] };
    const seen = await api.runAs(reader, entity, { id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.entity).toEqual({ id, name: `P ${t}`, actors: [{ id: `${mine}:p` }], maps: [{ id: mine }] });
    expect((await api.ok(entity, { id })).entity.maps).toHaveLength(2);
  });
});

describe('Actor.entity, Entity.actors and Entity.maps: batched', () => {
  const mapQuery = `query($id: ID!) { map(id: $id) { actors { id entity { id actors { id } maps { id } } } } }`;
  const linkedMap = async (size: number) => {
    const t = tag();
    const actors = Array.from({ length: size }, (_, i) => ({ id: `a${i}`, name: `A${i} ${t}` }));
    const mapId = await importActors(api, `batched-${size}`, actors);
    for (const actor of actors) {
      const entityId = await newEntity(api, { name: actor.name });
      await api.ok(linkActorToEntity, { actorId: `${mapId}:${actor.id}`, entityId });
    }
    return mapId;
  };

  it('reads every actor’s entity, and their actors and maps, in as many round trips for 6 actors as for 2', async () => {
    const [small, large] = [await linkedMap(2), await linkedMap(6)];
    const [a, b] = [await api.run(mapQuery, { id: small }), await api.run(mapQuery, { id: large })];
    expect(b.data!.map.actors.every((actor: { entity: { actors: unknown[] } }) => actor.entity.actors.length === 1)).toBe(true);
    expect(b.roundTrips).toBe(a.roundTrips);
    expect(b.roundTrips).toBeLessThanOrEqual(5);
  });
});

describe('suggestEntities', () => {
  it('suggests entities whose name or alias equals one of the actor’s, case, accents and punctuation aside', async () => {
    const t = tag();
    const mapId = await importActors(api, 'suggest', [{ id: 'p', name: `VLADÍMIR putin ${t}`, aliases: [`Mr. Putin ${t}`] }]);
    const byName = await newEntity(api, { name: `Vladimir Putin ${t}` });
    const byAlias = await newEntity(api, { name: `Putin the Elder ${t}`, aliases: [`mr putin ${t}`] });
    await newEntity(api, { name: `Putin ${t}` });
    const found = (await api.ok(suggest, { actorId: `${mapId}:p` })).suggestEntities;
    expect(found).toEqual([
      { entity: { id: byAlias }, actor: null, reason: 'ALIAS', matched: `mr putin ${t}` },
      { entity: { id: byName }, actor: null, reason: 'NAME', matched: `Vladimir Putin ${t}` },
    ]);
  });

  it('suggests unlinked actors of other maps, not actors of its own map nor linked ones, and links nothing', async () => {
    const t = tag();
    const own = await importActors(api, 'suggest-own', [
      { id: 'p', name: `Putin ${t}` },
      { id: 'q', name: `Putin ${t}` },
    ]);
    const other = await importActors(api, 'suggest-other', [{ id: 'x', name: `Kremlin ${t}`, aliases: [`PUTIN ${t}`] }]);
    const linked = await importActors(api, 'suggest-linked', [{ id: 'y', name: `Putin ${t}` }]);
    await api.ok(linkActorToEntity, { actorId: `${linked}:y`, entityId: await newEntity(api, { name: `Elsewhere ${t}` }) });
    const found = (await api.ok(suggest, { actorId: `${own}:p` })).suggestEntities;
    expect(found).toEqual([{ entity: null, actor: { id: `${other}:x` }, reason: 'ALIAS', matched: `PUTIN ${t}` }]);
    const after = await api.ok(`query($id: ID!) { actor(id: $id) { entity { id } } }`, { id: `${own}:p` });
    expect(after.actor.entity).toBeNull();
  });

  it('leaves out the entity the actor is linked to, and keeps to `first`', async () => {
    const t = tag();
    const mapId = await importActors(api, 'suggest-first', [{ id: 'p', name: `Putin ${t}` }]);
    const ids = [await newEntity(api, { name: `Putin ${t}` }), await newEntity(api, { name: `Putin ${t}` })];
    await newEntity(api, { name: `Putin ${t}` });
    await api.ok(linkActorToEntity, { actorId: `${mapId}:p`, entityId: ids[0] });
    const found = (await api.ok(suggest, { actorId: `${mapId}:p`, first: 1 })).suggestEntities;
    expect(found).toEqual([{ entity: { id: ids[1] }, actor: null, reason: 'NAME', matched: `Putin ${t}` }]);
  });

  it('answers NOT_FOUND naming actorId for an unknown actor', async () => {
    expect(await api.fails(suggest, { actorId: `t-none-${tag()}:p` })).toMatchObject({ code: 'NOT_FOUND', field: 'actorId' });
  });
});
