import type { AttackRecord } from './attack-record.ts';
import type { ClaimRecord } from './claim-record.ts';

/** One challenge or answer of a critical question, as cypher/loaders/critical-questions-of-inferences reads it. */
export interface CriticalQuestionLinkRecord {
  question: string;
  link: 'CHALLENGE' | 'ANSWER';
  claim: ClaimRecord;
  /** The undercut, for a challenge; null for an answer. */
  attack: AttackRecord | null;
}

/** A critical question of an inference's scheme with its status (GraphQL's CriticalQuestionState). */
export interface CriticalQuestionStateRecord {
  question: { id: string; text: string; kind: 'ASSUMPTION' | 'EXCEPTION' };
  status: 'OPEN' | 'ANSWERED' | 'CHALLENGED';
  claim: ClaimRecord | null;
  challenge: AttackRecord | null;
}
