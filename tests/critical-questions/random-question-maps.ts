/**
 * The random maps of tests/evaluation/random-maps.ts with critical questions on top: each inference
 * gets one of two catalogue schemes or none; some of its questions are challenged (a challenge is an
 * undercut marked with the question, possibly of a question the scheme lacks) and some answered.
 */
import fc from 'fast-check';
import type { MapStructure } from '../../src/evaluation/map-structure.ts';
import { randomMap, randomMapStructure, type RandomMap } from '../evaluation/random-maps.ts';
import { questionKinds, type QuestionMap } from './reference-questions.ts';

export interface RandomQuestionMap extends RandomMap {
  map: QuestionMap;
}

const schemes = [undefined, ...Object.keys(questionKinds)];
const question = fc.constantFrom('cq1', 'cq2', 'cq4', 'cq9');

export const randomQuestionMap: fc.Arbitrary<RandomQuestionMap> = randomMap.chain((random) => {
  const { claims, inferences } = random.map;
  if (inferences.length === 0) return fc.constant({ ...random, map: { ...random.map, answers: [] } });
  const claim = fc.constantFrom(...claims);
  const inference = fc.nat(inferences.length - 1);
  return fc
    .record({
      schemes: fc.array(fc.constantFrom(...schemes), { minLength: inferences.length, maxLength: inferences.length }),
      challenges: fc.array(fc.tuple(claim, inference, question), { maxLength: 4 }),
      answers: fc.array(fc.tuple(claim, inference, question), { maxLength: 4 }),
    })
    .map((drawn): RandomQuestionMap => {
      const withSchemes = inferences.map((i, n) => (drawn.schemes[n] ? { ...i, scheme: drawn.schemes[n] } : i));
      // One challenge per question and inference, and not by a claim that already undercuts it (as the API requires).
      const attacks: QuestionMap['attacks'] = [...random.map.attacks];
      for (const [attacker, n, asked] of drawn.challenges) {
        const target = inferences[n]!.id;
        if (attacks.some((a) => a.target === target && (a.attacker === attacker || a.question === asked))) continue;
        attacks.push({ id: `a${attacks.length}`, attacker, kind: 'UNDERCUT', target, question: asked });
      }
      const answers: QuestionMap['answers'] = [];
      for (const [answerer, n, asked] of drawn.answers) {
        const target = inferences[n]!.id;
        if (!answers.some((a) => a.inference === target && a.question === asked))
          answers.push({ inference: target, question: asked, claim: answerer });
      }
      return { ...random, map: { ...random.map, inferences: withSchemes, attacks, answers } };
    });
});

/** The structure query's answer for such a map, for the algorithms without Neo4j. */
export function randomQuestionMapStructure(mapId: string, random: RandomQuestionMap): MapStructure {
  const structure = randomMapStructure(mapId, random);
  const { map } = random;
  const attackNode = (id: string) => structure.attackNodes[map.attacks.findIndex((a) => a.id === id)]!;
  const claimNode = (id: string) => structure.claimNodes[map.claims.indexOf(id)]!;
  const inferenceNode = (id: string) => structure.inferenceNodes[map.inferences.findIndex((i) => i.id === id)]!;
  const challenges = map.attacks.filter((a) => a.question !== undefined);
  return {
    ...structure,
    schemes: map.inferences.map((i) => i.scheme ?? null),
    challengeAttacks: challenges.map((a) => attackNode(a.id)),
    challengeQuestions: challenges.map((a) => a.question!),
    answerClaims: map.answers.map((a) => claimNode(a.claim)),
    answerInferences: map.answers.map((a) => inferenceNode(a.inference)),
    answerQuestions: map.answers.map((a) => a.question),
  };
}
