/**
 * The status of each critical question of an inference, from its scheme and the challenges and
 * answers stored for it. An answer wins over a challenge: a question challenged and then answered is
 * ANSWERED, with the answer as `claim` and the challenge kept as `challenge` (the undercut stays in
 * the graph; evaluation lets the answer, while IN, disarm it). Links to question ids the scheme does
 * not have (a catalogue edited since) are ignored.
 */
import type { CriticalQuestionLinkRecord, CriticalQuestionStateRecord } from '../graphql/records/critical-question-record.ts';
import { schemeCatalogue, type SchemeRecord } from '../schemes/catalogue.ts';

/** The catalogue scheme an inference's stored scheme name lands on, if any. */
export function inferenceScheme(schemeName: string | null | undefined): SchemeRecord | undefined {
  return schemeName ? schemeCatalogue().byName(schemeName) : undefined;
}

export function questionStates(
  scheme: SchemeRecord,
  links: readonly CriticalQuestionLinkRecord[],
): CriticalQuestionStateRecord[] {
  return scheme.criticalQuestions.map((question) => {
    const challenge = links.find((link) => link.question === question.id && link.link === 'CHALLENGE');
    const answer = links.find((link) => link.question === question.id && link.link === 'ANSWER');
    const status = answer ? 'ANSWERED' : challenge ? 'CHALLENGED' : 'OPEN';
    return {
      question,
      status,
      claim: (answer ?? challenge)?.claim ?? null,
      challenge: challenge?.attack ?? null,
    };
  });
}
