import type { ChainRecord } from '../chains/chain-record.ts';
import type { ClaimRecord } from '../claims/claim-record.ts';

export interface DependentClaimRecord {
  claim: ClaimRecord;
  link: 'ASSERTS' | 'ABOUT';
  distance: number;
  chain: ChainRecord;
}
