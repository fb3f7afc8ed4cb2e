/**
 * Reads the rest of a paged connection (reasoningChains, dependentClaims) after its first page,
 * following `endCursor`. At most `maxPages` pages in all (1,000 items at 100 a page): the page
 * highlights what it reads, and a claim with more chains than that is beyond drawing anyway.
 */
export interface Connection<Node> {
  edges: { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const maxPages = 10;

export async function allNodes<Node>(
  first: Connection<Node>,
  next: (after: string) => Promise<Connection<Node>>,
): Promise<Node[]> {
  const nodes = first.edges.map((edge) => edge.node);
  let page = first;
  for (let read = 1; read < maxPages && page.pageInfo.hasNextPage && page.pageInfo.endCursor; read++) {
    page = await next(page.pageInfo.endCursor);
    nodes.push(...page.edges.map((edge) => edge.node));
  }
  return nodes;
}
