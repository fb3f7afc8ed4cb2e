/**
 * Evaluation with critical questions against the naive reference of reference-questions.ts, on
 * random maps with random challenges and answers (fast-check, fixed seeds): in memory on thousands
 * of maps, with and without a rejection, with openAssumptions IGNORE and BLOCK; then through the
 * mutations, the structure query and the GraphQL API on fewer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvaluatedMap } from '../../src/evaluation/evaluated-maps.ts';
import { Framework } from '../../src/evaluation/framework.ts';
import { openQuestions } from '../../src/evaluation/open-questions.ts';
import { grounded, statusName } from '../../src/evaluation/grounded.ts';
import { forcedBy } from '../../src/evaluation/rejection.ts';
import { uniqueMapId, useApi } from '../support/api.ts';
import { randomMapDocument } from '../evaluation/random-maps.ts';
import { referenceLabels } from '../evaluation/reference-grounded.ts';
import { randomQuestionMap, randomQuestionMapStructure } from './random-question-maps.ts';
import { referenceQuestionLabels } from './reference-questions.ts';

const api = useApi();
const modes = ['IGNORE', 'BLOCK'] as const;

describe('grounded with critical questions: against the naive reference', () => {
  it('labels every claim as the reference does, for both readings of open assumptions, with and without a rejection', () => {
    fc.assert(
      fc.property(randomQuestionMap, (random) => {
        for (const mode of modes) {
          const framework = new Framework(randomQuestionMapStructure('r', random), mode);
          const forced = forcedBy(framework, {
            claimIds: random.reject.claims.map((claim) => `r:${claim}`),
            actorIds: random.reject.actors.map((actor) => `r:${actor}`),
          });
          for (const [rejection, reject] of [
            [undefined, undefined],
            [forced, random.reject],
          ] as const) {
            const { status } = grounded(framework, rejection);
            const labels = Object.fromEntries(framework.claimIds.map((id, claim) => [id.slice(2), statusName(status[claim]!)]));
            expect(labels).toEqual(referenceQuestionLabels(random.map, reject, mode));
          }
        }
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  it('agrees with the plain reference when no question is challenged, answered or blocking', () => {
    fc.assert(
      fc.property(randomQuestionMap, (random) => {
        const plain = { ...random.map, attacks: random.map.attacks.filter((a) => a.question === undefined), answers: [] };
        expect(referenceQuestionLabels(plain)).toEqual(referenceLabels(plain));
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });
});

describe('openQuestions: against the naive reference', () => {
  it('gives each open question the changes a challenge by a new, unattacked claim makes in the reference', () => {
    fc.assert(
      fc.property(randomQuestionMap, (random) => {
        const map = new EvaluatedMap(randomQuestionMapStructure('r', random));
        const before = referenceQuestionLabels(random.map);
        for (const open of openQuestions(map)) {
          const target = open.inferenceId.slice(2);
          const asked = {
            ...random.map,
            claims: [...random.map.claims, 'asker'],
            attacks: [
              ...random.map.attacks,
              { id: 'ask', attacker: 'asker', kind: 'UNDERCUT' as const, target, question: open.question.id },
            ],
          };
          const after = referenceQuestionLabels(asked);
          const changed = random.map.claims.filter((claim) => before[claim] !== after[claim]).sort();
          expect(open.changes.map((change) => change.claimId.slice(2))).toEqual(changed);
        }
      }),
      { seed: 20261205, numRuns: 1000 },
    );
  });
});

const evaluation = `query($mapId: ID!) {
  ignore: evaluate(mapId: $mapId) { labels { claimId status } }
  block: evaluate(mapId: $mapId, openAssumptions: BLOCK) { labels { claimId status } }
}`;

describe('evaluate with critical questions: through Neo4j and the API', () => {
  it('agrees with the reference on random maps built with the challenge and answer mutations', async () => {
    await fc.assert(
      fc.asyncProperty(randomQuestionMap, async (random) => {
        const mapId = uniqueMapId('random-cq');
        const id = (key: string) => `${mapId}:${key}`;
        const plainAttacks = random.map.attacks.filter((a) => a.question === undefined);
        const document = randomMapDocument(mapId, { ...random, map: { ...random.map, attacks: plainAttacks } });
        await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, { document });
        // Through the API, a challenge gets a generated key, and one of a question its scheme lacks is refused.
        const map = { ...random.map, attacks: [...plainAttacks] };
        for (const a of random.map.attacks.filter((attack) => attack.question !== undefined)) {
          const result = await api.run(
            `mutation($i: ID!, $q: ID!, $c: ID!) { challengeCriticalQuestion(inferenceId: $i, questionId: $q, claimId: $c) { challenge { key } } }`,
            { i: id(a.target), q: a.question, c: id(a.attacker) },
          );
          if (result.data) map.attacks.push({ ...a, id: result.data.challengeCriticalQuestion.challenge.key });
        }
        map.answers = [];
        for (const answer of random.map.answers) {
          const result = await api.run(
            `mutation($i: ID!, $q: ID!, $c: ID!) { answerCriticalQuestion(inferenceId: $i, questionId: $q, claimId: $c) { status } }`,
            { i: id(answer.inference), q: answer.question, c: id(answer.claim) },
          );
          if (result.data) map.answers.push(answer);
        }
        const data = await api.ok(evaluation, { mapId });
        const byKey = (labels: { claimId: string; status: string }[]) =>
          Object.fromEntries(labels.map((label) => [label.claimId.slice(mapId.length + 1), label.status]));
        expect(byKey(data.ignore.labels)).toEqual(referenceQuestionLabels(map));
        expect(byKey(data.block.labels)).toEqual(referenceQuestionLabels(map, undefined, 'BLOCK'));
      }),
      { seed: 20261204, numRuns: 40 },
    );
    // 40 maps through Neo4j: a limit for a loaded CI machine, not a timing assertion.
  }, 300_000);
});
