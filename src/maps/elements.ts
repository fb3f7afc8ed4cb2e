/**
 * Existence and same-map checks shared by the mutations: one round trip resolves every id a
 * mutation names, inside the mutation's own transaction.
 */
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors.ts';

export type ElementLabel = 'Map' | 'Claim' | 'Inference' | 'Attack' | 'Actor';

const findElements = defineQuery<{ ids: string[] }, { id: string; label: ElementLabel; mapId: string }>('maps/find-elements');
const mapSourceText = defineQuery<{ mapId: string }, { text: string | null }>('maps/map-source-text');

export interface ElementRef {
  /** The input field that named the id, for the error message. */
  field: string;
  id: string;
  label: ElementLabel;
}

/** Throws NOT_FOUND for the first id that names no element of the expected kind; returns mapIds. */
export async function requireElements(tx: QueryRunner, refs: ElementRef[]): Promise<string[]> {
  const rows = await findElements.run({ ids: [...new Set(refs.map((ref) => ref.id))] }, tx);
  return refs.map((ref) => {
    const row = rows.find((candidate) => candidate.id === ref.id && candidate.label === ref.label);
    if (!row) throw new NotFoundError(ref.field, ref.id, ref.label.toLowerCase());
    return row.mapId;
  });
}

/**
 * Throws CONFLICT when the id is already taken by an element of any kind: a key names one element
 * of its map, as in a map document, so that ids stay unambiguous (attack targets, graph node ids).
 */
export async function requireUnused(tx: QueryRunner, ref: ElementRef): Promise<void> {
  const [taken] = await findElements.run({ ids: [ref.id] }, tx);
  if (taken) throw new ConflictError(ref.field, `a ${taken.label.toLowerCase()} with id "${ref.id}" already exists`);
}

/** Throws BAD_USER_INPUT unless every element is in the first one's map. */
export function requireSameMap(refs: ElementRef[], mapIds: string[]): string {
  const [mapId] = mapIds;
  mapIds.forEach((other, index) => {
    if (other !== mapId) {
      throw new BadUserInputError(refs[index]!.field, `"${refs[index]!.id}" is in map "${other}", not in map "${mapId}"`);
    }
  });
  return mapId!;
}

export async function readSourceText(tx: QueryRunner, mapId: string): Promise<string | null> {
  const [row] = await mapSourceText.run({ mapId }, tx);
  return row?.text ?? null;
}
