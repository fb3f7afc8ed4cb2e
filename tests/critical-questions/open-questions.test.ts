import { describe, expect, it } from 'vitest';
import { uniqueMapId, useApi } from '../support/api.ts';
import { mapDocument } from '../support/map-builder.ts';

const api = useApi();

// p-c and q-e are Arguments from Sign (cq1 an assumption, cq2 an exception); c-d has no scheme.
async function questionMap(purpose: string) {
  const mapId = uniqueMapId(purpose);
  const document = mapDocument(mapId, ['p > c', 'c > d', 'q > e', 'x']);
  document.inferences = document.inferences.map((i) => (i.id === 'c-d' ? i : { ...i, scheme: 'Argument from Sign' }));
  await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, { document });
  return { mapId, id: (key: string) => `${mapId}:${key}` };
}

const ranked = `query($mapId: ID!, $first: Int) {
  openQuestions(mapId: $mapId, first: $first) { inference { key } question { id } impact changes { claim { key } before after } }
}`;
const brief = (list: { inference: { key: string }; question: { id: string }; impact: number }[]) =>
  list.map((open) => `${open.inference.key} ${open.question.id} ${open.impact}`);

describe('openQuestions', () => {
  it('ranks open questions by the claims that answering them against the argument would bring down', async () => {
    const map = await questionMap('open-ranked');
    const data = await api.ok(ranked, { mapId: map.mapId });
    expect(brief(data.openQuestions)).toEqual(['p-c cq1 2', 'p-c cq2 2', 'q-e cq1 1', 'q-e cq2 1']);
    expect(data.openQuestions[0].changes).toEqual([
      { claim: { key: 'c' }, before: 'IN', after: 'OUT' },
      { claim: { key: 'd' }, before: 'IN', after: 'OUT' },
    ]);
  });

  it('leaves out challenged and answered questions, and counts nothing for an inference that fails already', async () => {
    const map = await questionMap('open-closed');
    const challenge = `mutation($i: ID!, $c: ID!) { challengeCriticalQuestion(inferenceId: $i, questionId: "cq2", claimId: $c) { status } }`;
    await api.ok(challenge, { i: map.id('p-c'), c: map.id('x') });
    await api.ok(
      `mutation($i: ID!, $c: ID!) { answerCriticalQuestion(inferenceId: $i, questionId: "cq1", claimId: $c) { status } }`,
      {
        i: map.id('q-e'),
        c: map.id('x'),
      },
    );
    const data = await api.ok(ranked, { mapId: map.mapId });
    expect(brief(data.openQuestions)).toEqual(['q-e cq2 1', 'p-c cq1 0']);
  });

  it('answers at most `first`', async () => {
    const map = await questionMap('open-first');
    expect(brief((await api.ok(ranked, { mapId: map.mapId, first: 1 })).openQuestions)).toEqual(['p-c cq1 2']);
  });

  it('refuses an unknown map with NOT_FOUND and a `first` out of range with BAD_USER_INPUT', async () => {
    expect((await api.fails(ranked, { mapId: uniqueMapId('open-none') })).code).toBe('NOT_FOUND');
    const map = await questionMap('open-range');
    expect(await api.fails(ranked, { mapId: map.mapId, first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('explainStatus: what must still be shown', () => {
  it("lists the open questions on the claim's support, and none from elsewhere in the map", async () => {
    const map = await questionMap('open-explain');
    const data = await api.ok(
      `query($id: ID!) { explainStatus(claimId: $id) { openQuestions { inference { key } question { id } impact } } }`,
      { id: map.id('d') },
    );
    expect(brief(data.explainStatus.openQuestions)).toEqual(['p-c cq1 2', 'p-c cq2 2']);
  });
});
