/** Reads chains of reasoning as plain keys, so chain tests compare short literal lists. */
import type { TestApi } from './api.ts';
import type { BuiltMap } from './map-builder.ts';

export interface Chain {
  claims: string[];
  inferences: string[];
  length: number;
  end: string | null;
}

export type ChainField = 'reasoningChains' | 'consequences';

const argumentOf = { reasoningChains: 'conclusionId', consequences: 'premiseId' } as const;

/** The operation reading one page of chains by `reasoningChains` (down from a claim) or `consequences` (up). */
export function chainQuery(field: ChainField, extra = ''): string {
  return `query($id: ID!, $maxDepth: Int, $first: Int, $after: String) {
    ${field}(${argumentOf[field]}: $id, maxDepth: $maxDepth, first: $first, after: $after) {
      edges { cursor node { claims { key } inferences { key } length end } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } ${extra}
    }
  }`;
}

interface ChainNode {
  claims: { key: string }[];
  inferences: { key: string }[];
  length: number;
  end: string;
}

export interface ChainPage {
  chains: Chain[];
  cursors: string[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
}

type PageArgs = { maxDepth?: number; first?: number; after?: string | null };

/** One page of chains, as keys. */
export async function readChainPage(
  api: TestApi,
  field: ChainField,
  map: BuiltMap,
  key: string,
  args: PageArgs = {},
  extra = '',
): Promise<ChainPage> {
  const data = await api.ok(chainQuery(field, extra), { id: map.id(key), ...args });
  const connection = data[field];
  return {
    chains: connection.edges.map((edge: { node: ChainNode }) => asKeys(edge.node)),
    cursors: connection.edges.map((edge: { cursor: string }) => edge.cursor),
    pageInfo: connection.pageInfo,
    totalCount: connection.totalCount,
  };
}

/**
 * Every chain `reasoningChains` (down from a claim) or `consequences` (up from it) returns, page
 * after page by `endCursor` (pages of `first`, 100 when not given) until `hasNextPage` is false.
 */
export async function readChains(
  api: TestApi,
  field: ChainField,
  map: BuiltMap,
  key: string,
  args: { maxDepth?: number; first?: number } = {},
): Promise<Chain[]> {
  const chains: Chain[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ChainPage = await readChainPage(api, field, map, key, { first: 100, ...args, after });
    chains.push(...page.chains);
    if (!page.pageInfo.hasNextPage) return chains;
    after = page.pageInfo.endCursor;
  }
}

function asKeys(node: ChainNode): Chain {
  return {
    ...node,
    claims: node.claims.map((claim) => claim.key),
    inferences: node.inferences.map((inference) => inference.key),
  };
}

export const chain = (claims: string[], inferences: string[], end: string): Chain => ({
  claims,
  inferences,
  length: inferences.length,
  end,
});
