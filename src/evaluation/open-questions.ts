/**
 * Open critical questions (neither challenged nor answered) and their impact: the claims whose
 * status would change if the question were answered against the argument, i.e. challenged by an IN,
 * unattacked claim. Such a challenge makes the inference fail, whether the question is an assumption
 * (challenged, unanswered) or an exception (an active undercut), so the impact is that of the
 * inference failing, the same for every open question of one inference: one fixpoint per inference
 * that does not fail already, in memory on the structure the request loaded (no round trips).
 */
import type { OpenQuestionRecord } from '../graphql/records/evaluation-record.ts';
import { schemeCatalogue } from '../schemes/catalogue.ts';
import type { EvaluatedMap } from './evaluated-maps.ts';
import { FAILS, grounded, noRejection, statusName } from './grounded.ts';

/** The open questions of `inferences` (all the map's when absent), most impact first, then by inference id and question. */
export function openQuestions(map: EvaluatedMap, inferences?: readonly number[]): OpenQuestionRecord[] {
  const f = map.framework;
  const closed = new Set([
    ...f.challenges.map(({ attack, question }) => `${f.targetOf[attack]} ${question}`),
    ...f.answers.map(({ inference, question }) => `${inference} ${question}`),
  ]);
  const before = map.base.status;
  const found: OpenQuestionRecord[] = [];
  for (const inference of inferences ?? f.inferenceIds.map((_, i) => i)) {
    const name = f.schemeNames[inference];
    const scheme = name ? schemeCatalogue().byName(name) : undefined;
    const open = scheme?.criticalQuestions.filter((question) => !closed.has(`${inference} ${question.id}`)) ?? [];
    if (open.length === 0) continue;
    const changes = [];
    if (map.base.outcome[inference] !== FAILS) {
      const { status } = grounded(f, { ...noRejection, inferences: [inference] });
      for (const claim of map.claimsById) {
        if (status[claim] !== before[claim]) {
          changes.push({ claimId: f.claimIds[claim]!, before: statusName(before[claim]!), after: statusName(status[claim]!) });
        }
      }
    }
    for (const question of open) found.push({ inferenceId: f.inferenceIds[inference]!, question, changes });
  }
  return found.sort(
    (a, b) =>
      b.changes.length - a.changes.length ||
      (a.inferenceId < b.inferenceId ? -1 : a.inferenceId > b.inferenceId ? 1 : 0) ||
      (a.question.id < b.question.id ? -1 : 1),
  );
}

/** The inferences on some path of support up to the claim: its support, whose questions explainStatus lists. */
export function supportBelow(map: EvaluatedMap, claim: number): number[] {
  const f = map.framework;
  const seenClaims = new Uint8Array(f.claimCount);
  const seen = new Uint8Array(f.inferenceIds.length);
  const claims = [claim];
  const inferences: number[] = [];
  seenClaims[claim] = 1;
  for (let next = 0; next < claims.length; next++) {
    for (const inference of f.concludedBy.of(claims[next]!)) {
      if (seen[inference]) continue;
      seen[inference] = 1;
      inferences.push(inference);
      for (const premise of f.premisesOf.of(inference)) {
        if (!seenClaims[premise]) {
          seenClaims[premise] = 1;
          claims.push(premise);
        }
      }
    }
  }
  return inferences;
}
