/**
 * The evaluation rules for critical questions (docs/evaluation.md, "Critical questions"), one case
 * each, on small maps whose inference `p-c` is an Argument from Sign: cq1 an ASSUMPTION, cq2 an
 * EXCEPTION.
 */
import { describe, expect, it } from 'vitest';
import { uniqueMapId, useApi } from '../support/api.ts';
import { mapDocument } from '../support/map-builder.ts';

const api = useApi();

/** Imports `p > c` (Argument from Sign) plus the lines; then runs the challenges and answers given. */
async function signMap(purpose: string, lines: string[], steps: ['challenge' | 'answer', string, string][] = []) {
  const mapId = uniqueMapId(purpose);
  const document = mapDocument(mapId, ['p > c', ...lines]);
  document.inferences[0] = { ...document.inferences[0]!, scheme: 'Argument from Sign' } as (typeof document.inferences)[number];
  await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, { document });
  const id = (key: string) => `${mapId}:${key}`;
  for (const [step, question, claim] of steps) {
    const field = step === 'challenge' ? 'challengeCriticalQuestion' : 'answerCriticalQuestion';
    await api.ok(`mutation($i: ID!, $q: ID!, $c: ID!) { ${field}(inferenceId: $i, questionId: $q, claimId: $c) { status } }`, {
      i: id('p-c'),
      q: question,
      c: id(claim),
    });
  }
  return { mapId, id };
}

async function statusOfC(map: { mapId: string }, openAssumptions = 'IGNORE'): Promise<Record<string, string>> {
  const data = await api.ok(
    `query($mapId: ID!, $open: OpenAssumptions) { evaluate(mapId: $mapId, openAssumptions: $open) { labels { claim { key } status } } }`,
    { mapId: map.mapId, open: openAssumptions },
  );
  return Object.fromEntries(
    data.evaluate.labels.map((label: { claim: { key: string }; status: string }) => [label.claim.key, label.status]),
  );
}

describe('evaluate: a challenged exception', () => {
  it('undercuts as any undercut does: the conclusion falls when the challenger is IN', async () => {
    expect((await statusOfC(await signMap('cq-exc-in', ['x'], [['challenge', 'cq2', 'x']]))).c).toBe('OUT');
  });
  it('does nothing when the challenger is OUT', async () => {
    expect((await statusOfC(await signMap('cq-exc-out', ['y rebuts x'], [['challenge', 'cq2', 'x']]))).c).toBe('IN');
  });
  it('is disarmed by an IN answer', async () => {
    const map = await signMap(
      'cq-exc-answered',
      ['x', 'ans'],
      [
        ['challenge', 'cq2', 'x'],
        ['answer', 'cq2', 'ans'],
      ],
    );
    expect((await statusOfC(map)).c).toBe('IN');
  });
});

describe('evaluate: a challenged assumption', () => {
  it('stops the inference even when the challenger is OUT: asking is enough', async () => {
    expect((await statusOfC(await signMap('cq-ass-out', ['y rebuts x'], [['challenge', 'cq1', 'x']]))).c).toBe('OUT');
  });
  it('holds again once its answer is IN', async () => {
    const map = await signMap(
      'cq-ass-answered',
      ['x', 'ans'],
      [
        ['challenge', 'cq1', 'x'],
        ['answer', 'cq1', 'ans'],
      ],
    );
    expect((await statusOfC(map)).c).toBe('IN');
  });
  it('leaves the conclusion UNDEC while its answer is UNDEC', async () => {
    const map = await signMap(
      'cq-ass-undec',
      ['x', 'ans rebuts ans'],
      [
        ['challenge', 'cq1', 'x'],
        ['answer', 'cq1', 'ans'],
      ],
    );
    expect((await statusOfC(map)).c).toBe('UNDEC');
  });
  it('stops the inference when its answer is OUT', async () => {
    const map = await signMap(
      'cq-ass-answer-out',
      ['x', 'y rebuts ans'],
      [
        ['challenge', 'cq1', 'x'],
        ['answer', 'cq1', 'ans'],
      ],
    );
    expect((await statusOfC(map)).c).toBe('OUT');
  });
});

describe('evaluate: open questions', () => {
  it('change nothing by default', async () => {
    expect((await statusOfC(await signMap('cq-open-ignore', []))).c).toBe('IN');
  });
  it('with openAssumptions: BLOCK, an open assumption stops its inference', async () => {
    expect((await statusOfC(await signMap('cq-open-block', []), 'BLOCK')).c).toBe('OUT');
  });
  it('with openAssumptions: BLOCK, an assumption answered by an IN claim does not', async () => {
    expect((await statusOfC(await signMap('cq-open-block-answered', ['ans'], [['answer', 'cq1', 'ans']]), 'BLOCK')).c).toBe('IN');
  });
});

describe('explainStatus: a challenged assumption', () => {
  it('names the challenge as what made the inference fail, resting on no claim but the premise', async () => {
    const map = await signMap('cq-explain', ['y rebuts x'], [['challenge', 'cq1', 'x']]);
    const data = await api.ok(
      `query($id: ID!) { explainStatus(claimId: $id) { steps { claim { key } reason inferences { outcome undercuts { criticalQuestionId } } dependsOn { key } } } }`,
      { id: map.id('c') },
    );
    expect(data.explainStatus.steps[0]).toEqual({
      claim: { key: 'c' },
      reason: 'ALL_SUPPORT_FAILED',
      inferences: [{ outcome: 'FAILS', undercuts: [{ criticalQuestionId: 'cq1' }] }],
      dependsOn: [],
    });
  });
});
