/** Range checks shared by every chain and dependence query. */
import { BadUserInputError } from './errors.ts';

/** The API's ceiling on chain length; the Cypher files carry the same number as a literal bound. */
export const maxChainDepth = 10;
export const maxChainLimit = 1000;

export function checkDepth(value: number, field: string, min: number): number {
  if (!Number.isInteger(value) || value < min || value > maxChainDepth) {
    throw new BadUserInputError(field, `must be an integer from ${min} to ${maxChainDepth}, got ${value}`);
  }
  return value;
}

export function checkLimit(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > maxChainLimit) {
    throw new BadUserInputError(field, `must be an integer from 1 to ${maxChainLimit}, got ${value}`);
  }
  return value;
}
