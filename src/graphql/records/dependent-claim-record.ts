import type { ChainRecord } from './chain-record.ts';
import type { ActorRecord } from './actor-record.ts';
import type { ClaimRecord } from './claim-record.ts';
import type { MapRecord } from './map-record.ts';

export interface DependentClaimRecord {
  claim: ClaimRecord;
  /** The claim's map and the actor the chain starts from, read with the page (no loader needed). */
  map: MapRecord;
  actor: ActorRecord;
  link: 'ASSERTS' | 'ABOUT';
  distance: number;
  chain: ChainRecord;
}
