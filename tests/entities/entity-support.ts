/**
 * Entities live in the shared test database beside every other test's, and name matching looks at
 * all of them: each test names its entities and actors with a word of its own (`tag()`), so no
 * other test's "Ann" can match. Maps of actors are one line (`importActors`).
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { defineQuery } from '../../src/neo4j/query.ts';
import { mapSnapshot, uniqueMapId, type TestApi } from '../support/api.ts';

/** A word no other test uses, e.g. `zq3fa9c1`: letters first, so it is a word of its own. */
export function tag(): string {
  return `zq${randomBytes(4).toString('hex')}`;
}

export const importMapMutation = `mutation($document: JSONObject!, $linkEntities: Boolean) {
  importMap(document: $document, linkEntities: $linkEntities) { created }
}`;

export type ActorRow = { id: string; name: string; kind?: string; aliases?: string[]; entity?: Record<string, unknown> };

/** A map document holding these actors (PERSON unless said) and one claim each asserts. */
export function actorsDocument(mapId: string, actors: ActorRow[]) {
  return {
    format: 'argmap/map@1',
    map: { id: mapId, title: `Actors ${mapId}` },
    actors: actors.map((actor) => ({ kind: 'PERSON', ...actor })),
    claims: [{ id: 'said', text: 'Something was said.' }],
    actorLinks: actors.map((actor) => ({ actor: actor.id, claim: 'said', kind: 'ASSERTS' })),
  };
}

/** Imports a map of these actors under a fresh id; returns the map id. */
export async function importActors(api: TestApi, purpose: string, actors: ActorRow[]): Promise<string> {
  const mapId = uniqueMapId(purpose);
  await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, {
    document: actorsDocument(mapId, actors),
  });
  return mapId;
}

export const createEntity = `mutation($input: CreateEntityInput!) {
  createEntity(input: $input) { id name aliases kind sameAs actors { id } maps { id } }
}`;

/** Creates an entity (PERSON unless said) and returns its id. */
export async function newEntity(api: TestApi, input: Record<string, unknown>): Promise<string> {
  const data = await api.ok(createEntity, { input: { kind: 'PERSON', ...input } });
  return data.createEntity.id;
}

export const linkActorToEntity = `mutation($actorId: ID!, $entityId: ID!) {
  linkActorToEntity(actorId: $actorId, entityId: $entityId) { id entity { id } }
}`;

const snapshotQuery = defineQuery<{ ids: string[] }, { entities: unknown[] }>('../tests/entities/entity-snapshot');

/** The entities as stored, with their actors' ids. */
export async function entitySnapshot(api: TestApi, ids: string[]): Promise<unknown> {
  const [row] = await api.db.read((tx) => snapshotQuery.run({ ids }, tx));
  return row!.entities;
}

/**
 * Runs a mutation that must be refused with `code` naming `field`, and checks that neither the
 * entities nor the maps named changed.
 */
export async function expectEntityRefusal(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  refusal: { code: string; field: string; entityIds?: string[]; mapIds?: string[] },
): Promise<string> {
  const entityIds = refusal.entityIds ?? [];
  const mapIds = refusal.mapIds ?? [];
  const before = [await entitySnapshot(api, entityIds), await Promise.all(mapIds.map((id) => mapSnapshot(api.db, id)))];
  const error = await api.fails(query, variables);
  expect({ code: error.code, field: error.field }).toEqual({ code: refusal.code, field: refusal.field });
  expect(error.message).toContain(refusal.field);
  expect([await entitySnapshot(api, entityIds), await Promise.all(mapIds.map((id) => mapSnapshot(api.db, id)))]).toEqual(before);
  return error.message;
}
