import type { ChainRecord } from './chain-record.ts';
import type { ClaimRecord } from './claim-record.ts';

export interface DependentClaimRecord {
  claim: ClaimRecord;
  link: 'ASSERTS' | 'ABOUT';
  distance: number;
  chain: ChainRecord;
}
