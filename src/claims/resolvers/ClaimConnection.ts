import type { ClaimConnectionResolvers } from '../../graphql/resolvers-types.generated.ts';
import { offsetPageInfo } from '../../graphql/offset-connection.ts';
import { encodeCursor } from '../claim-page.ts';

export const ClaimConnection: ClaimConnectionResolvers = {
  edges: (page) => page.claims.map((node, index) => ({ node, cursor: encodeCursor(page.offset + index) })),
  nodes: (page) => page.claims,
  pageInfo: (page) => offsetPageInfo(page.offset, page.claims.length, page.hasNextPage, encodeCursor),
  totalCount: (page) => page.countTotal(),
};
