import type { ChainRecord } from './chain-record.ts';
import type { DependentClaimRecord } from './dependent-claim-record.ts';

/**
 * A page of an offset-paged connection (reasoningChains, consequences, dependentClaims): the items
 * from `offset` on, whether more follow, the total when the selection asked for it, and how this
 * query writes the cursor of an item (see src/shared/offset-cursor.ts).
 */
export interface OffsetPage<Item> {
  items: Item[];
  offset: number;
  hasNextPage: boolean;
  /** Counted in the page's transaction only when `totalCount` is selected; null otherwise. */
  totalCount: number | null;
  cursorAt: (offset: number) => string;
}

export type ChainPage = OffsetPage<ChainRecord>;
export type DependentClaimPage = OffsetPage<DependentClaimRecord>;
