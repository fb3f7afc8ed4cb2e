import type { ClaimConnectionResolvers } from '../../graphql/resolvers-types.generated.ts';
import { encodeCursor } from '../claim-page.ts';

export const ClaimConnection: ClaimConnectionResolvers = {
  edges: (page) => page.claims.map((node, index) => ({ node, cursor: encodeCursor(page.offset + index) })),
  nodes: (page) => page.claims,
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.offset > 0,
    startCursor: page.claims.length > 0 ? encodeCursor(page.offset) : null,
    endCursor: page.claims.length > 0 ? encodeCursor(page.offset + page.claims.length - 1) : null,
  }),
  totalCount: (page) => page.countTotal(),
};
