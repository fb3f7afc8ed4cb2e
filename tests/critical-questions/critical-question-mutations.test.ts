import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { expectRefused, importSmallMap, type Refusal, type SmallMap } from '../support/fixtures.ts';

const api = useApi();

// The small map's i1 is an Argument from Sign: cq1 an ASSUMPTION, cq2 an EXCEPTION. i2 has no scheme.
const states = `query($id: ID!) {
  claim(id: $id) { supports { criticalQuestions { question { id kind } status claim { key } challenge { key } } } }
}`;
const state =
  'status claim { key } challenge { key kind criticalQuestionId attacker { key } target { ... on Inference { key } } }';
const answer = `mutation($i: ID!, $q: ID!, $c: ID!) { answerCriticalQuestion(inferenceId: $i, questionId: $q, claimId: $c) { ${state} } }`;
const challenge = `mutation($i: ID!, $q: ID!, $c: ID!) { challengeCriticalQuestion(inferenceId: $i, questionId: $q, claimId: $c) { ${state} } }`;
const reopen = `mutation($i: ID!, $q: ID!) { reopenCriticalQuestion(inferenceId: $i, questionId: $q) { ${state} } }`;
const history = `query($id: ID!) { map(id: $id) { history(first: 1) { operation } } }`;

async function questionsOfI1(small: SmallMap) {
  const data = await api.ok(states, { id: small.ids.alpha });
  return data.claim.supports[0].criticalQuestions;
}

describe('Inference.criticalQuestions', () => {
  it('lists every question of the scheme as OPEN on a fresh inference', async () => {
    const small = await importSmallMap(api, 'cq-open');
    expect(await questionsOfI1(small)).toEqual([
      { question: { id: 'cq1', kind: 'ASSUMPTION' }, status: 'OPEN', claim: null, challenge: null },
      { question: { id: 'cq2', kind: 'EXCEPTION' }, status: 'OPEN', claim: null, challenge: null },
    ]);
  });

  it('is empty for an inference without a catalogue scheme', async () => {
    const small = await importSmallMap(api, 'cq-none');
    const data = await api.ok(states, { id: small.ids.beta });
    expect(data.claim.supports).toEqual([{ criticalQuestions: [] }]);
  });
});

describe('challengeCriticalQuestion', () => {
  it('stores an undercut of the inference by the claim, marked with the question, and audits it', async () => {
    const small = await importSmallMap(api, 'cq-challenge');
    const data = await api.ok(challenge, { i: small.ids.i1, q: 'cq2', c: small.ids.doubt });
    const attack = data.challengeCriticalQuestion.challenge;
    expect(data.challengeCriticalQuestion).toMatchObject({ status: 'CHALLENGED', claim: { key: 'doubt' } });
    expect(attack).toMatchObject({
      kind: 'UNDERCUT',
      criticalQuestionId: 'cq2',
      attacker: { key: 'doubt' },
      target: { key: 'i1' },
    });
    const undercuts = await api.ok(`query($id: ID!) { claim(id: $id) { supports { undercutBy { key criticalQuestionId } } } }`, {
      id: small.ids.alpha,
    });
    expect(undercuts.claim.supports[0].undercutBy).toContainEqual({ key: attack.key, criticalQuestionId: 'cq2' });
    expect((await api.ok(history, { id: small.mapId })).map.history).toEqual([{ operation: 'challengeCriticalQuestion' }]);
  });
});

describe('answerCriticalQuestion', () => {
  it('answers an open question: ANSWERED by the claim, with no challenge', async () => {
    const small = await importSmallMap(api, 'cq-answer');
    const data = await api.ok(answer, { i: small.ids.i1, q: 'cq1', c: small.ids.gamma });
    expect(data.answerCriticalQuestion).toEqual({ status: 'ANSWERED', claim: { key: 'gamma' }, challenge: null });
    expect((await questionsOfI1(small))[0]).toMatchObject({ status: 'ANSWERED', claim: { key: 'gamma' } });
  });

  it('answers a challenged question: ANSWERED by the answer, the challenge kept beside it', async () => {
    const small = await importSmallMap(api, 'cq-answer-challenged');
    const challenged = await api.ok(challenge, { i: small.ids.i1, q: 'cq1', c: small.ids.doubt });
    const data = await api.ok(answer, { i: small.ids.i1, q: 'cq1', c: small.ids.gamma });
    expect(data.answerCriticalQuestion).toMatchObject({
      status: 'ANSWERED',
      claim: { key: 'gamma' },
      challenge: { key: challenged.challengeCriticalQuestion.challenge.key },
    });
  });
});

describe('reopenCriticalQuestion', () => {
  it('removes the challenge and the answer, and keeps both claims', async () => {
    const small = await importSmallMap(api, 'cq-reopen');
    await api.ok(challenge, { i: small.ids.i1, q: 'cq1', c: small.ids.doubt });
    await api.ok(answer, { i: small.ids.i1, q: 'cq1', c: small.ids.gamma });
    const data = await api.ok(reopen, { i: small.ids.i1, q: 'cq1' });
    expect(data.reopenCriticalQuestion).toEqual({ status: 'OPEN', claim: null, challenge: null });
    const undercuts = await api.ok(`query($id: ID!) { claim(id: $id) { supports { undercutBy { key } } } }`, {
      id: small.ids.alpha,
    });
    expect(undercuts.claim.supports[0].undercutBy).toEqual([{ key: 'a2' }]);
    const claims = await api.ok(`query($a: ID!, $b: ID!) { a: claim(id: $a) { key } b: claim(id: $b) { key } }`, {
      a: small.ids.doubt,
      b: small.ids.gamma,
    });
    expect(claims).toEqual({ a: { key: 'doubt' }, b: { key: 'gamma' } });
  });

  it('leaves an open question open', async () => {
    const small = await importSmallMap(api, 'cq-reopen-open');
    expect((await api.ok(reopen, { i: small.ids.i1, q: 'cq2' })).reopenCriticalQuestion.status).toBe('OPEN');
  });
});

describe('critical questions: refusals write nothing', () => {
  let small: SmallMap;
  let other: SmallMap;
  beforeAll(async () => {
    [small, other] = await Promise.all([importSmallMap(api, 'cq-rules'), importSmallMap(api, 'cq-rules-other')]);
    await api.ok(challenge, { i: small.ids.i1, q: 'cq2', c: small.ids.doubt });
    await api.ok(answer, { i: small.ids.i1, q: 'cq1', c: small.ids.gamma });
  });
  const nowhere = () => `${small.mapId}:nowhere`;
  const refused = (query: string, variables: Record<string, unknown>, refusal: Refusal) =>
    expectRefused(api, small.mapId, query, { i: small.ids.i1, q: 'cq1', c: small.ids.gap, ...variables }, refusal);

  for (const [name, mutation] of [
    ['answerCriticalQuestion', answer],
    ['challengeCriticalQuestion', challenge],
  ] as const) {
    it(`${name}: refuses a question id the scheme does not have with BAD_USER_INPUT naming questionId`, () =>
      refused(mutation, { q: 'cq9' }, { code: 'BAD_USER_INPUT', field: 'questionId', mentions: ['cq9', 'cq1, cq2'] }));
    it(`${name}: refuses a claim from another map with BAD_USER_INPUT naming claimId`, () =>
      refused(mutation, { c: other.ids.gap }, { code: 'BAD_USER_INPUT', field: 'claimId', mentions: [other.ids.gap] }));
    it(`${name}: refuses an inference without a catalogue scheme with BAD_USER_INPUT naming inferenceId`, () =>
      refused(mutation, { i: small.ids.i2 }, { code: 'BAD_USER_INPUT', field: 'inferenceId', mentions: ['no scheme'] }));
    it(`${name}: refuses an unknown inference with NOT_FOUND`, () =>
      refused(mutation, { i: nowhere() }, { code: 'NOT_FOUND', field: 'inferenceId', mentions: [nowhere()] }));
    it(`${name}: refuses an unknown claim with NOT_FOUND`, () =>
      refused(mutation, { c: nowhere() }, { code: 'NOT_FOUND', field: 'claimId', mentions: [nowhere()] }));
  }
  it('reopenCriticalQuestion: refuses a question id the scheme does not have with BAD_USER_INPUT', () =>
    refused(reopen, { q: 'cq9', c: undefined }, { code: 'BAD_USER_INPUT', field: 'questionId' }));
  it('reopenCriticalQuestion: refuses an unknown inference with NOT_FOUND', () =>
    refused(reopen, { i: nowhere(), c: undefined }, { code: 'NOT_FOUND', field: 'inferenceId' }));
  it('refuses a second answer with CONFLICT', () =>
    refused(answer, { q: 'cq1' }, { code: 'CONFLICT', field: 'questionId', mentions: ['reopen'] }));
  it('refuses a second challenge with CONFLICT', () =>
    refused(challenge, { q: 'cq2' }, { code: 'CONFLICT', field: 'questionId', mentions: ['reopen'] }));
  it('refuses a challenge by a claim that already undercuts the inference with CONFLICT', () =>
    refused(challenge, { q: 'cq1', c: small.ids.gap }, { code: 'CONFLICT', field: 'claimId', mentions: [`${small.mapId}:a2`] }));
});
