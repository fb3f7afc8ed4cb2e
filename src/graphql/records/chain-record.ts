import type { ClaimRecord } from './claim-record.ts';
import type { InferenceRecord } from './inference-record.ts';

export type ChainEnd = 'BASIC_PREMISE' | 'FINAL_CONCLUSION' | 'CYCLE' | 'DEPTH_LIMIT';

/**
 * A chain as the chain queries return it: claims and steps alternating, lowest first. Step i leads
 * from claims[i] to claims[i+1]: an inference, or null for a hop between maps through a same-claim
 * link (claims[i] and claims[i+1] then state the same proposition in two maps).
 */
export interface ChainRecord {
  claims: ClaimRecord[];
  inferences: (InferenceRecord | null)[];
  end: ChainEnd | null;
}

export interface ChainStepRecord {
  from: ClaimRecord;
  inference: InferenceRecord | null;
  to: ClaimRecord;
}
