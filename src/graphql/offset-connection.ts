/**
 * The field resolvers shared by every offset-paged connection (ReasoningChainConnection,
 * DependentClaimConnection): edges with their cursors, Relay page info, and the total that the
 * page's resolver counted because the selection asked for it.
 */
import type { OffsetPage } from './records/page-record.ts';

export function offsetConnection<Item>() {
  return {
    edges: (page: OffsetPage<Item>) => page.items.map((node, index) => ({ node, cursor: page.cursorAt(page.offset + index) })),
    pageInfo: (page: OffsetPage<Item>) => ({
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: page.items.length > 0 ? page.cursorAt(page.offset) : null,
      endCursor: page.items.length > 0 ? page.cursorAt(page.offset + page.items.length - 1) : null,
    }),
    totalCount: (page: OffsetPage<Item>) => {
      // The look-ahead never reads less than is selected, so a resolved totalCount was counted.
      if (page.totalCount === null) throw new Error('totalCount was selected but not counted');
      return page.totalCount;
    },
  };
}
