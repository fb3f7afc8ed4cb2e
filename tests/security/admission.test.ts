/**
 * Admission control over real HTTP requests against the test run's Neo4j. The test fills the
 * capacity itself by entering the same Admission the server uses (a slot it holds for as long as it
 * likes: no slow query, no sleep), then sends real requests and watches them queue and be refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Admission } from '../../src/limits/admission.ts';
import { pollUntil } from '../support/poll.ts';
import { useHttpServer } from './http-server.ts';

// One expensive read of the seed map (estimated cost in the thousands, above admissionFreeBelow).
const expensive = { query: `{ map(id: "editorial") { claims(first: 20) { nodes { id supportedBy { premises { id } } } } } }` };
// A cheap one (cost 2): passes without a slot.
const cheap = { query: `{ map(id: "editorial") { id } }` };

const admission = new Admission({ capacity: 1_000, queue: 1, waitMs: 60_000 });
const server = useHttpServer({ admission });
const shortWait = new Admission({ capacity: 1_000, queue: 5, waitMs: 50 });
const shortWaitServer = useHttpServer({ admission: shortWait });

let holds: (() => void)[] = [];
/** Takes the whole capacity, as a running expensive operation would. */
async function fill(gate: Admission): Promise<void> {
  holds.push(await gate.enter(1_000));
}
afterEach(() => {
  for (const release of holds) release();
  holds = [];
});

function expectBusy(response: Awaited<ReturnType<typeof server.post>>): void {
  expect(response.status, JSON.stringify(response.body)).toBe(503);
  expect(response.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(response.body.data).toBeUndefined();
}

describe('admission control: expensive operations over capacity', () => {
  it('queues an expensive read while the capacity is taken, and answers it with data once freed', async () => {
    await fill(admission);
    const queued = server.post(expensive);
    await pollUntil('the read to queue', async () => (admission.queued === 1 ? true : undefined), { timeoutMs: 10_000 });
    holds.pop()!();
    const response = await queued;
    expect(response.status).toBe(200);
    expect(response.body.data.map.claims.nodes.length).toBeGreaterThan(0);
    expect(admission.used).toBe(0);
  });

  it('queues a whole-map read such as evaluate, however little it selects', async () => {
    await fill(admission);
    const queued = server.post({ query: `{ evaluate(mapId: "editorial") { counts { in } } }` });
    await pollUntil('the evaluation to queue', async () => (admission.queued === 1 ? true : undefined), { timeoutMs: 10_000 });
    holds.pop()!();
    const response = await queued;
    expect(response.status).toBe(200);
    expect(response.body.data.evaluate.counts.in).toBeGreaterThan(0);
  });

  it('refuses at once with 503, Retry-After and SERVICE_UNAVAILABLE when the queue is full', async () => {
    await fill(admission);
    const queued = server.post(expensive);
    await pollUntil('the first read to queue', async () => (admission.queued === 1 ? true : undefined), { timeoutMs: 10_000 });
    expectBusy(await server.post(expensive));
    holds.pop()!();
    expect((await queued).body.data.map.claims.nodes.length).toBeGreaterThan(0);
  });

  it('refuses with 503 and Retry-After when the wait runs out', async () => {
    await fill(shortWait);
    expectBusy(await shortWaitServer.post(expensive));
    expect(shortWait.queued).toBe(0);
  });

  it('lets a cheap read through while the capacity is taken', async () => {
    await fill(admission);
    const response = await server.post(cheap);
    expect(response.body).toEqual({ data: { map: { id: 'editorial' } } });
  });

  it('gives the slot back when the operation fails', async () => {
    const failing = {
      query: `{ map(id: "editorial") { claims(first: 20, after: "not-a-cursor") { nodes { id supportedBy { premises { id } } } } } }`,
    };
    const response = await server.post(failing);
    expect(response.body.errors?.[0].extensions.code).toBeDefined();
    expect(admission.used).toBe(0);
    expect((await server.post(expensive)).status).toBe(200);
  });
});

describe('admission control: the semaphore', () => {
  it('admits in arrival order: a light waiter does not overtake a heavy one', async () => {
    const gate = new Admission({ capacity: 1_000, queue: 5, waitMs: 60_000 });
    const running = await gate.enter(600);
    const order: string[] = [];
    const heavy = gate.enter(1_000).then((release) => (order.push('heavy'), release));
    const light = gate.enter(200).then((release) => (order.push('light'), release));
    expect(gate.queued).toBe(2);
    running();
    (await heavy)();
    (await light)();
    expect(order).toEqual(['heavy', 'light']);
    expect(gate.used).toBe(0);
  });

  it('runs an operation dearer than the capacity alone rather than never', async () => {
    const gate = new Admission({ capacity: 1_000, queue: 5, waitMs: 60_000 });
    const release = await gate.enter(50_000);
    expect(gate.used).toBe(1_000);
    release();
    release(); // a second call gives nothing back twice
    expect(gate.used).toBe(0);
  });
});
