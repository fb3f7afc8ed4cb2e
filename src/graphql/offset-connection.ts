/**
 * The field resolvers shared by every offset-paged connection (ReasoningChainConnection,
 * DependentClaimConnection): edges with their cursors, Relay page info, and the total that the
 * page's resolver counted because the selection asked for it. `offsetPageInfo` is ClaimConnection's too.
 */
import type { OffsetPage } from './records/page-record.ts';

/** Relay page info of `count` items from `offset` on, each item's cursor written by `cursorAt`. */
export function offsetPageInfo(offset: number, count: number, hasNextPage: boolean, cursorAt: (at: number) => string) {
  return {
    hasNextPage,
    hasPreviousPage: offset > 0,
    startCursor: count > 0 ? cursorAt(offset) : null,
    endCursor: count > 0 ? cursorAt(offset + count - 1) : null,
  };
}

export function offsetConnection<Item>() {
  return {
    edges: (page: OffsetPage<Item>) => page.items.map((node, index) => ({ node, cursor: page.cursorAt(page.offset + index) })),
    pageInfo: (page: OffsetPage<Item>) => offsetPageInfo(page.offset, page.items.length, page.hasNextPage, page.cursorAt),
    totalCount: (page: OffsetPage<Item>) => {
      // The look-ahead never reads less than is selected, so a resolved totalCount was counted.
      if (page.totalCount === null) throw new Error('totalCount was selected but not counted');
      return page.totalCount;
    },
  };
}
