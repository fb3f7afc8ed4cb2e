import type { ClaimRecord } from './claim-record.ts';
import type { InferenceRecord } from './inference-record.ts';

export type ChainEnd = 'BASIC_PREMISE' | 'FINAL_CONCLUSION' | 'CYCLE' | 'DEPTH_LIMIT';

/** A chain as the chain queries return it: claims and inferences alternating, lowest first. */
export interface ChainRecord {
  claims: ClaimRecord[];
  inferences: InferenceRecord[];
  end: ChainEnd | null;
}

export interface ChainStepRecord {
  from: ClaimRecord;
  inference: InferenceRecord;
  to: ClaimRecord;
}
