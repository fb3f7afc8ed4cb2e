/**
 * API token strings and their stored form. A token is `argmap_<id>_<secret>`: the id (16 hex digits)
 * finds the stored token in one index seek; the secret (32 random bytes, base64url) is kept only as
 * a salted scrypt hash, so a database dump reveals no usable token.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, length: number) => Promise<Buffer>;
const tokenPattern = /^argmap_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const hashLength = 32;

export interface ParsedToken {
  id: string;
  secret: string;
}

export interface HashedSecret {
  hash: string;
  salt: string;
}

/** A fresh token: its id, the full string to hand out once, and what to store. */
export async function newToken(): Promise<{ id: string; token: string; stored: HashedSecret }> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `argmap_${id}_${secret}`, stored: await hashSecret(secret) };
}

/** The id and secret of a token string; undefined when it is not one of ours. */
export function parseToken(token: string): ParsedToken | undefined {
  const match = tokenPattern.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
}

export async function hashSecret(secret: string): Promise<HashedSecret> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, hashLength);
  return { hash: hash.toString('base64'), salt: salt.toString('base64') };
}

/** Compares in constant time, so response timing reveals nothing about the stored hash. */
export async function verifySecret(secret: string, stored: HashedSecret): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await scryptAsync(secret, Buffer.from(stored.salt, 'base64'), hashLength);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A fast fingerprint of a secret already verified, for the authenticator's cache (never stored). */
export function fingerprint(secret: string): string {
  return createHash('sha256').update(secret).digest('base64');
}
