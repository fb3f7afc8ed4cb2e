/**
 * Which stored claim properties a selection reads, so that the chain and dependence queries read
 * (and send) only those: a page of 20 chains of 7 claims that shows only ids skips 140 texts.
 * `id` and `mapId` are always read (every other Claim field resolves through a loader by id, and
 * mapId is short and places the claim in its map), so they are not listed.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '../graphql/look-ahead.ts';

/** Claim fields that resolve from the record itself, and the properties each reads. */
const propertiesOfField: Record<string, string[]> = {
  key: ['key'],
  text: ['text'],
  tags: ['tags'],
  quote: ['quoteText', 'quoteStart', 'quoteEnd'],
};

/** The properties the Claim selections at any of `paths` (below the current field) read. */
export function claimPropertiesSelected(info: GraphQLResolveInfo, paths: readonly (readonly string[])[]): string[] {
  const fields = new Set(paths.flatMap((path) => [...selectedFieldNames(info, path)]));
  return Object.entries(propertiesOfField).flatMap(([field, properties]) => (fields.has(field) ? properties : []));
}

/** Where a ReasoningChain's claims sit below a field that answers `path` (e.g. `['edges', 'node']`). */
export function chainClaimPaths(path: readonly string[]): string[][] {
  return [
    [...path, 'claims'],
    [...path, 'steps', 'from'],
    [...path, 'steps', 'to'],
  ];
}
