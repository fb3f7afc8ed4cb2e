import type { ClaimRecord } from './claim-record.ts';
import type { MapRecord } from './map-record.ts';

/** A matchClaims candidate, scored (see src/claims/match-claims.ts), with its map. */
export interface ClaimMatchRecord {
  claim: ClaimRecord;
  map: MapRecord;
  score: number;
  textScore: number;
  fullTextScore: number;
  sharedActors: number;
}
