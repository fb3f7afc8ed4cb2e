import type { AttackRecord } from './attack-record.ts';
import type { ClaimRecord } from './claim-record.ts';
import type { InferenceRecord } from './inference-record.ts';

/**
 * A preference as stored: the properties of a `-[:PREFERRED_OVER]->` relationship (an AIF PA-node
 * carries nothing but its scheme) with the records of its two ends, loaded with it.
 */
export interface PreferenceRecord {
  id: string;
  key: string;
  mapId: string;
  scheme: string | null;
  preferred: ClaimRecord | InferenceRecord | AttackRecord;
  over: ClaimRecord | InferenceRecord | AttackRecord;
}
