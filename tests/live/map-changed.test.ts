import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createToken } from '../../src/auth/token-store.ts';
import { Database } from '../../src/neo4j/database.ts';
import { uniqueMapId } from '../support/api.ts';
import { mapDocument } from '../support/map-builder.ts';
import { connect, useLiveServices, watch, type LiveService } from '../support/live-service.ts';
import { pollUntil } from '../support/poll.ts';

const start = useLiveServices();

const mapChanged = `subscription($mapId: ID!, $after: String) {
  mapChanged(mapId: $mapId, after: $after) { cursor sequence mapId operation actor elementIds }
}`;
const lastCursor = `query($mapId: ID!) { mapChanges(mapId: $mapId, first: 100) { cursor } }`;
const importMap = `mutation($document: JSONObject!) { importMap(document: $document) { created } }`;
const updateClaim = `mutation($id: ID!, $text: String!, $expectedVersion: Int) {
  updateClaim(id: $id, input: { text: $text }, expectedVersion: $expectedVersion) { version }
}`;

let a: LiveService;
let b: LiveService;
let admin: { token: string; id: string };
let editor: string;

beforeAll(async () => {
  // Two instances over one Neo4j; B wants a token for every read and has small caps.
  a = await start();
  b = await start({ ARGMAP_READS: 'token', ARGMAP_SUBSCRIPTIONS_PER_CONNECTION: '2', ARGMAP_SUBSCRIPTIONS_PER_TOKEN: '3' });
  const db = await Database.connect(inject('neo4j'));
  try {
    const created = await createToken(db, { role: 'admin', name: 'live test' });
    admin = { token: created.token, id: created.info.id };
    editor = (await createToken(db, { role: 'editor', name: 'live editor' })).token;
  } finally {
    await db.close();
  }
});

/** A new map (written through A) and the cursor of its latest change. */
async function newMap(purpose: string): Promise<{ mapId: string; after: string }> {
  const mapId = uniqueMapId(purpose);
  await a.post(importMap, { document: mapDocument(mapId, ['a > c']) }, admin.token);
  const changes = (await a.post(lastCursor, { mapId }, admin.token)).data.mapChanges;
  return { mapId, after: changes.at(-1).cursor };
}

describe('mapChanged: changes arrive', () => {
  it('pushes a change made through HTTP to a subscriber of the same instance, naming what it touched', async () => {
    const { mapId, after } = await newMap('live-same');
    const { client } = connect(a, admin.token);
    const seen = watch(client, mapChanged, { mapId, after });
    await a.post(updateClaim, { id: `${mapId}:a`, text: 'Changed live.' }, editor);
    const [change] = await seen.until(1);
    expect(change!.data.mapChanged).toMatchObject({
      sequence: Number(after) + 1,
      mapId,
      operation: 'updateClaim',
      elementIds: [`${mapId}:a`],
    });
    await client.dispose();
  });

  it('pushes a change made through a second instance over the same database', async () => {
    const { mapId, after } = await newMap('live-two');
    const { client } = connect(b, admin.token);
    const seen = watch(client, mapChanged, { mapId, after });
    await a.post(updateClaim, { id: `${mapId}:c`, text: 'Written through A.' }, admin.token);
    const [change] = await seen.until(1);
    expect(change!.data.mapChanged).toMatchObject({ operation: 'updateClaim', actor: admin.id, elementIds: [`${mapId}:c`] });
    await client.dispose();
  });

  it('without a cursor, pushes the changes made after it started and none from before', async () => {
    const { mapId, after } = await newMap('live-from-now');
    const { client } = connect(b, admin.token);
    const seen = watch(client, mapChanged, { mapId });
    // When the subscription is in place is not observable, so write until a change comes through.
    let writes = 0;
    await pollUntil(
      'a change pushed to a subscription without a cursor',
      async () => {
        if (seen.results.length > 0) return true;
        await a.post(updateClaim, { id: `${mapId}:a`, text: `Write ${++writes}.` }, admin.token);
        return undefined;
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    const numbers = (await seen.until(1)).map((r) => r.data.mapChanged.sequence);
    expect(numbers[0]).toBeGreaterThan(Number(after));
    expect(numbers.at(-1)).toBeLessThanOrEqual(Number(after) + writes);
    expect(numbers).toEqual(numbers.map((_, n) => numbers[0]! + n));
    await client.dispose();
  });

  it('catches up after a reconnect: the changes after the last cursor seen, in order, then live ones', async () => {
    const { mapId, after } = await newMap('live-catch-up');
    const first = connect(a, admin.token);
    const before = watch(first.client, mapChanged, { mapId, after });
    await a.post(updateClaim, { id: `${mapId}:a`, text: 'One.' }, admin.token);
    const [one] = await before.until(1);
    await first.client.dispose();
    await a.post(updateClaim, { id: `${mapId}:a`, text: 'Two.' }, admin.token);
    await a.post(updateClaim, { id: `${mapId}:c`, text: 'Three.' }, admin.token);
    const again = connect(b, admin.token);
    const resumed = watch(again.client, mapChanged, { mapId, after: one!.data.mapChanged.cursor });
    await resumed.until(2);
    await a.post(updateClaim, { id: `${mapId}:c`, text: 'Four.' }, admin.token);
    const all = await resumed.until(3);
    expect(all.map((r) => r.data.mapChanged.sequence)).toEqual([2, 3, 4].map((n) => Number(after) + n));
    await again.client.dispose();
  });

  it('sends nothing for a write refused for a stale expectedVersion, which changes nothing', async () => {
    const { mapId, after } = await newMap('live-stale');
    const { client } = connect(a, admin.token);
    const seen = watch(client, mapChanged, { mapId, after });
    const refused = await a.post(updateClaim, { id: `${mapId}:a`, text: 'Stale.', expectedVersion: 5 }, admin.token);
    expect(refused.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', version: 1 });
    const accepted = await a.post(updateClaim, { id: `${mapId}:a`, text: 'Fresh.', expectedVersion: 1 }, admin.token);
    expect(accepted.data.updateClaim.version).toBe(2);
    const [change] = await seen.until(1);
    expect(change!.data.mapChanged.sequence).toBe(Number(after) + 1);
    const text = await a.post(`query($id: ID!) { claim(id: $id) { text } }`, { id: `${mapId}:a` });
    expect(text.data.claim.text).toBe('Fresh.');
    await client.dispose();
  });
});

describe('mapChanged: who may subscribe', () => {
  it('closes the connection (4401) for a token that is not valid', async () => {
    const { closed } = connect(a, 'argmap_nothere_secret');
    expect((await closed).code).toBe(4401);
  });

  it('closes the connection (4401) without a token where reads need one', async () => {
    const { closed } = connect(b);
    const event = await closed;
    expect(event.code).toBe(4401);
    expect(event.reason).toMatch(/bearer token/);
  });

  it('answers NOT_FOUND to a map-limited token for another map, as for a map that does not exist', async () => {
    const own = await newMap('live-own');
    const other = await newMap('live-other');
    const db = await Database.connect(inject('neo4j'));
    const limited = (await createToken(db, { role: 'reader', maps: [own.mapId] }).finally(() => db.close())).token;
    const { client } = connect(a, limited);
    const refused = watch(client, mapChanged, { mapId: other.mapId });
    const [result] = await refused.until(1);
    expect(result!.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'mapId' });
    const allowed = watch(client, mapChanged, { mapId: own.mapId, after: own.after });
    await a.post(updateClaim, { id: `${own.mapId}:a`, text: 'Own map.' }, admin.token);
    expect((await allowed.until(1))[0]!.data.mapChanged.mapId).toBe(own.mapId);
    await client.dispose();
  });

  it('refuses queries over WebSocket, and subscriptions past the alias limit as over HTTP', async () => {
    const { client } = connect(a, admin.token);
    const query = watch(client, `{ maps { id } }`, {});
    const aliases = Array.from({ length: 40 }, (_, n) => `c${n}: cursor`).join(' ');
    const greedy = watch(client, `subscription { mapChanged(mapId: "editorial") { ${aliases} } }`, {});
    await pollUntil('both refusals', async () => (query.errors.length && greedy.errors.length ? true : undefined), {
      timeoutMs: 10_000,
    });
    expect(JSON.stringify(query.errors)).toMatch(/only subscriptions/);
    expect(JSON.stringify(greedy.errors)).toMatch(/alias/i);
    await client.dispose();
  });
});

describe('mapChanged: caps', () => {
  it('refuses a subscription past the cap per connection, then past the cap per token', async () => {
    const { mapId } = await newMap('live-caps');
    const db = await Database.connect(inject('neo4j'));
    const token = (await createToken(db, { role: 'reader', name: 'caps' }).finally(() => db.close())).token;
    const first = connect(b, token);
    const held = [watch(first.client, mapChanged, { mapId }), watch(first.client, mapChanged, { mapId })];
    const third = watch(first.client, mapChanged, { mapId });
    await pollUntil('the connection cap', async () => (third.errors.length ? true : undefined), { timeoutMs: 10_000 });
    expect(third.errors[0]).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED', limitedBy: 'connection' }) }),
    ]);
    const second = connect(b, token);
    const fourth = watch(second.client, mapChanged, { mapId });
    const fifth = watch(second.client, mapChanged, { mapId });
    await pollUntil('the token cap', async () => (fifth.errors.length ? true : undefined), { timeoutMs: 10_000 });
    expect(fifth.errors[0]).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED', limitedBy: 'token' }) }),
    ]);
    expect(fourth.errors).toEqual([]);
    // Completing one frees its place.
    held[0]!.stop();
    // Replaying from the start answers at once when the subscription is let through.
    const sixth = await pollUntil(
      'a free place',
      async () => {
        const attempt = watch(second.client, mapChanged, { mapId, after: '0' });
        await pollUntil('an answer', async () => (attempt.results.length || attempt.errors.length ? true : undefined), {
          timeoutMs: 10_000,
        });
        return attempt.results.length ? attempt : undefined;
      },
      { timeoutMs: 10_000 },
    );
    expect(sixth.results[0]!.data.mapChanged.sequence).toBe(1);
    await first.client.dispose();
    await second.client.dispose();
  });
});
