/** What the evaluation services hand to the resolvers: ids and statuses, elements loaded on demand. */

// The GraphQL enums, spelled out here so that the generated types depend on this file and not back.
export type ClaimStatus = 'IN' | 'OUT' | 'UNDEC';
export type InferenceOutcome = 'HOLDS' | 'FAILS' | 'UNDECIDED';
export type StatusReason =
  | 'REJECTED_CLAIM'
  | 'ASSERTED_BY_REJECTED_ACTOR'
  | 'REBUTTED_BY'
  | 'ALL_SUPPORT_FAILED'
  | 'BASIC_PREMISE'
  | 'SUPPORTED_BY'
  | 'FACT_CHECKED'
  | 'UNDECIDED_REBUTTAL'
  | 'UNDECIDED_SUPPORT';

export interface ClaimLabelRecord {
  claimId: string;
  status: ClaimStatus;
}

export interface StatusChangeRecord {
  claimId: string;
  before: ClaimStatus;
  after: ClaimStatus;
}

export interface EvaluationRecord {
  mapId: string;
  /** Every claim's label, ordered by claim id. */
  labels: ClaimLabelRecord[];
  changed: StatusChangeRecord[];
}

export interface InferenceCheckRecord {
  inferenceId: string;
  outcome: InferenceOutcome;
  premiseIds: string[];
  undercutIds: string[];
}

export interface StatusStepRecord {
  claimId: string;
  status: ClaimStatus;
  reason: StatusReason;
  actorId: string | null;
  rebuttalIds: string[];
  inferences: InferenceCheckRecord[];
  dependsOn: string[];
  /** FACT_CHECKED: the ratings the rejection named (StatusStep.factChecks shows the checks so rated). */
  factCheckedAs?: readonly string[];
}

export interface StatusExplanationRecord {
  claimId: string;
  status: ClaimStatus;
  steps: StatusStepRecord[];
  /** The open critical questions on the claim's support, computed only when asked for (a fixpoint each). */
  openQuestions?: () => OpenQuestionRecord[];
}

/** An open critical question of an inference, with what answering it against the argument would change. */
export interface OpenQuestionRecord {
  inferenceId: string;
  question: { id: string; text: string; kind: 'ASSUMPTION' | 'EXCEPTION' };
  changes: StatusChangeRecord[];
}

export interface CriticalPremiseRecord {
  premiseId: string;
  conclusionStatus: ClaimStatus;
}

export interface SupportCycleRecord {
  claimIds: string[];
  inferenceIds: string[];
}
