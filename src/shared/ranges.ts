/** Range checks on the numbers a client chooses: depths, limits and page sizes. */
import { BadUserInputError } from './errors.ts';

/** The API's ceiling on chain length; the Cypher files carry the same number as a literal bound. */
export const maxChainDepth = 10;
export const maxChainLimit = 1000;

/** Throws BAD_USER_INPUT naming `field` unless `value` is an integer from `min` to `max`. */
export function checkRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(field, `must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function checkDepth(value: number, field: string, min: number): number {
  return checkRange(value, field, min, maxChainDepth);
}

export function checkLimit(value: number, field: string): number {
  return checkRange(value, field, 1, maxChainLimit);
}
