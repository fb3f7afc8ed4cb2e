/** Reads chains of reasoning as plain keys, so chain tests compare short literal lists. */
import type { TestApi } from './api.ts';
import type { BuiltMap } from './map-builder.ts';

export interface Chain {
  claims: string[];
  inferences: string[];
  length: number;
  end: string | null;
}

const argumentOf = { reasoningChains: 'conclusionId', consequences: 'premiseId' } as const;

/** The operation reading chains by `reasoningChains` (down from a claim) or `consequences` (up). */
export function chainQuery(field: keyof typeof argumentOf): string {
  return `query($id: ID!, $maxDepth: Int, $limit: Int) {
    ${field}(${argumentOf[field]}: $id, maxDepth: $maxDepth, limit: $limit) { claims { key } inferences { key } length end }
  }`;
}

/** The chains `reasoningChains` (down from a claim) or `consequences` (up from it) returns. */
export async function readChains(
  api: TestApi,
  field: keyof typeof argumentOf,
  map: BuiltMap,
  key: string,
  args: { maxDepth?: number; limit?: number } = {},
): Promise<Chain[]> {
  const data = await api.ok(chainQuery(field), { id: map.id(key), ...args });
  return data[field].map((chain: { claims: { key: string }[]; inferences: { key: string }[]; length: number; end: string }) => ({
    ...chain,
    claims: chain.claims.map((claim) => claim.key),
    inferences: chain.inferences.map((inference) => inference.key),
  }));
}

export const chain = (claims: string[], inferences: string[], end: string): Chain => ({
  claims,
  inferences,
  length: inferences.length,
  end,
});
