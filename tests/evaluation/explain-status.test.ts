import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';
import { unknownMapId } from '../support/unknown-ids.ts';
import type { RejectKeys } from './evaluation-api.ts';

const api = useApi();

const explainQuery = `query($id: ID!, $reject: RejectionInput) {
  explainStatus(claimId: $id, reject: $reject) {
    claim { key } status
    steps {
      claim { key } status reason actor { key } rebuttals { key }
      inferences { inference { key } outcome premises { key } undercuts { key } }
      dependsOn { key }
    }
  }
}`;

interface Step {
  claim: { key: string };
  status: string;
  reason: string;
  actor: { key: string } | null;
  rebuttals: { key: string }[];
  inferences: { inference: { key: string }; outcome: string; premises: { key: string }[]; undercuts: { key: string }[] }[];
  dependsOn: { key: string }[];
}

/** Each step as one line: `b OUT ALL_SUPPORT_FAILED a-b:FAILS(a) ← a`. */
function line(step: Step): string {
  const keys = (list: { key: string }[]) => list.map((each) => each.key).join(',');
  return [
    `${step.claim.key} ${step.status} ${step.reason}`,
    ...(step.actor ? [`actor=${step.actor.key}`] : []),
    ...(step.rebuttals.length > 0 ? [`rebuttals=${keys(step.rebuttals)}`] : []),
    ...step.inferences.map(
      (i) => `${i.inference.key}:${i.outcome}(${[keys(i.premises), keys(i.undercuts)].filter(Boolean).join(';')})`,
    ),
    ...(step.dependsOn.length > 0 ? [`← ${keys(step.dependsOn)}`] : []),
  ].join(' ');
}

async function explain(map: BuiltMap, key: string, reject: RejectKeys = {}): Promise<string[]> {
  const data = await api.ok(explainQuery, {
    id: map.id(key),
    reject: { claimIds: (reject.claims ?? []).map(map.id), actorIds: (reject.actors ?? []).map(map.id) },
  });
  expect(data.explainStatus.claim.key).toBe(key);
  expect(data.explainStatus.status).toBe(data.explainStatus.steps[0].status);
  return data.explainStatus.steps.map(line);
}

describe('explainStatus: OUT', () => {
  it('follows a failed inference to its OUT premise and that to its IN rebutter', async () => {
    const map = await buildMap(api, 'explain-out', ['a > b', 'd rebuts a']);
    expect(await explain(map, 'b')).toEqual([
      'b OUT ALL_SUPPORT_FAILED a-b:FAILS(a) ← a',
      'a OUT REBUTTED_BY rebuttals=d-rebuts-a ← d',
      'd IN BASIC_PREMISE',
    ]);
  });

  it('names every failed inference and what failed it: a premise or an undercut', async () => {
    const map = await buildMap(api, 'explain-all-failed', ['a > c', 'b > c', 'd rebuts a', 'u undercuts b-c']);
    expect(await explain(map, 'c')).toEqual([
      'c OUT ALL_SUPPORT_FAILED a-c:FAILS(a) b-c:FAILS(u-undercuts-b-c) ← a,u',
      'a OUT REBUTTED_BY rebuttals=d-rebuts-a ← d',
      'u IN BASIC_PREMISE',
      'd IN BASIC_PREMISE',
    ]);
  });

  it('ends at the rejected actor or the rejected claim', async () => {
    const map = await buildMap(api, 'explain-rejected', ['ann asserts a', 'a+b > c']);
    expect(await explain(map, 'c', { actors: ['ann'] })).toEqual([
      'c OUT ALL_SUPPORT_FAILED a.b-c:FAILS(a) ← a',
      'a OUT ASSERTED_BY_REJECTED_ACTOR actor=ann',
    ]);
    expect(await explain(map, 'c', { claims: ['b'] })).toEqual([
      'c OUT ALL_SUPPORT_FAILED a.b-c:FAILS(b) ← b',
      'b OUT REJECTED_CLAIM',
    ]);
  });
});

describe('explainStatus: IN', () => {
  it('gives the inference that holds and the defeated rebuttals and undercuts, down to basic premises', async () => {
    const map = await buildMap(api, 'explain-in', ['a > c', 'u undercuts a-c', 'v rebuts u', 'w rebuts c', 'x rebuts w']);
    expect(await explain(map, 'c')).toEqual([
      'c IN SUPPORTED_BY rebuttals=w-rebuts-c a-c:HOLDS(a;u-undercuts-a-c) ← a,u,w',
      'a IN BASIC_PREMISE',
      'u OUT REBUTTED_BY rebuttals=v-rebuts-u ← v',
      'w OUT REBUTTED_BY rebuttals=x-rebuts-w ← x',
      'v IN BASIC_PREMISE',
      'x IN BASIC_PREMISE',
    ]);
  });
});

describe('explainStatus: UNDEC', () => {
  it('shows circular support, each claim once', async () => {
    const map = await buildMap(api, 'explain-circle', ['a > b', 'b > a']);
    expect(await explain(map, 'a')).toEqual([
      'a UNDEC UNDECIDED_SUPPORT b-a:UNDECIDED(b) ← b',
      'b UNDEC UNDECIDED_SUPPORT a-b:UNDECIDED(a) ← a',
    ]);
  });

  it('shows a rebuttal by an undecided claim', async () => {
    const map = await buildMap(api, 'explain-undecided-rebuttal', ['s rebuts s', 's rebuts t']);
    expect(await explain(map, 't')).toEqual([
      't UNDEC UNDECIDED_REBUTTAL rebuttals=s-rebuts-t ← s',
      's UNDEC UNDECIDED_REBUTTAL rebuttals=s-rebuts-s ← s',
    ]);
  });
});

describe('explainStatus: arguments', () => {
  it('answers NOT_FOUND naming claimId for an unknown claim', async () => {
    expect(await api.fails(explainQuery, { id: `${unknownMapId()}:x` })).toMatchObject({ code: 'NOT_FOUND', field: 'claimId' });
  });

  it('answers NOT_FOUND naming the rejected id that is not of the map', async () => {
    const map = await buildMap(api, 'explain-bad-reject', ['a']);
    const error = await api.fails(explainQuery, { id: map.id('a'), reject: { actorIds: [map.id('nobody')] } });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'reject.actorIds[0]' });
  });
});
