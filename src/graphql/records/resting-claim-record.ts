import type { ChainRecord } from './chain-record.ts';
import type { ClaimRecord } from './claim-record.ts';
import type { FactCheckRecord } from './fact-check-record.ts';
import type { OffsetPage } from './page-record.ts';

/** A claim resting on a fact-checked claim (claimsRestingOn). */
export interface RestingClaimRecord {
  claim: ClaimRecord;
  ratedClaim: ClaimRecord;
  factCheck: FactCheckRecord;
  distance: number;
  chain: ChainRecord;
}

export type RestingClaimPage = OffsetPage<RestingClaimRecord>;
