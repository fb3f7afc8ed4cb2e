/**
 * Cursors of the offset-paged connections (reasoningChains, consequences, dependentClaims). A
 * cursor is opaque: the connection's name, a digest of the arguments that fix the ordered list
 * (start id, maxDepth, link kinds) and the item's offset. The digest is there so that a cursor
 * from another query, or from the same one with other arguments, is refused as BAD_USER_INPUT
 * naming `after` rather than silently paging through a different list.
 */
import { createHash } from 'node:crypto';
import { BadUserInputError } from './errors.ts';
import { checkRange } from './ranges.ts';

export const maxOffsetPageSize = 100;
export const defaultOffsetPageSize = 20;

/** What fixes the list a cursor points into: the connection and the arguments that order it. */
export interface CursorScope {
  connection: string;
  args: Record<string, unknown>;
}

export interface PageWindow {
  /** Index of the page's first item in the whole ordered list. */
  offset: number;
  /** How many items the page shows (the query asks for one more, to learn `hasNextPage`). */
  first: number;
}

/** Checks `first` (1..100) and decodes `after`; each refusal names its argument. */
export function pageWindow(scope: CursorScope, first: number | null | undefined, after: string | null | undefined): PageWindow {
  const size = checkRange(first ?? defaultOffsetPageSize, 'first', 1, maxOffsetPageSize);
  return { offset: after == null ? 0 : decodeOffsetCursor(scope, after) + 1, first: size };
}

export function encodeOffsetCursor(scope: CursorScope, offset: number): string {
  return Buffer.from(`${scope.connection}:${digest(scope)}:${offset}`).toString('base64url');
}

function decodeOffsetCursor(scope: CursorScope, cursor: string): number {
  const prefix = `${scope.connection}:${digest(scope)}:`;
  const text = Buffer.from(cursor, 'base64url').toString();
  const digits = text.startsWith(prefix) ? text.slice(prefix.length) : '';
  // A forged offset past 2^53 would reach Cypher's SKIP as a float and fail there.
  const offset = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(offset)) {
    throw new BadUserInputError('after', `"${cursor}" is not a cursor of this ${scope.connection} query`);
  }
  return offset;
}

function digest(scope: CursorScope): string {
  const sorted = Object.keys(scope.args)
    .sort()
    .map((key) => [key, scope.args[key]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('base64url').slice(0, 12);
}
