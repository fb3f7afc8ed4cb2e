/** Ids are `<map id>:<key>`; a key is checked once here, whichever mutation or import names it. */
import { randomBytes } from 'node:crypto';
import { BadUserInputError } from './errors.ts';

const keyPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** A fresh key for an element created without one, e.g. `claim-3f9a1c0b2e`. */
export function newKey(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** True for a valid key: 1-100 letters, digits, '-', '_' or '.', starting with a letter or digit. */
export function isKey(key: string): boolean {
  return keyPattern.test(key);
}

/** Keys are the part of an id after `<map id>:`. */
export function checkKey(key: string, field: string): string {
  if (!isKey(key)) {
    throw new BadUserInputError(
      field,
      `"${key}" must be 1-100 letters, digits, '-', '_' or '.', starting with a letter or digit`,
    );
  }
  return key;
}

export function elementId(mapId: string, key: string): string {
  return `${mapId}:${key}`;
}

/** The key a create mutation uses: the client's, checked, or a fresh one when it gave none. */
export function keyOrNew(key: string | null | undefined, field: string, prefix: string): string {
  return key != null ? checkKey(key, field) : newKey(prefix);
}
