import { randomBytes } from 'node:crypto';

/** A fresh key for an element created without one, e.g. `claim-3f9a1c0b2e`. */
export function newKey(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}
