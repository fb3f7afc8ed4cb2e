/**
 * Turns an `Authorization` header into a Caller. No header is an anonymous caller (what it may do is
 * decided later); a header that is present but wrong — malformed, unknown, revoked, bad secret — is
 * UNAUTHENTICATED at once, so a client never silently runs as anonymous with a broken token.
 *
 * The token is looked up on every request, so a revocation by the CLI takes effect immediately; the
 * deliberately slow scrypt check runs once per token and secret, then a fingerprint is remembered.
 */
import type { Database } from '../neo4j/database.ts';
import { UnauthenticatedError } from '../server/errors.ts';
import { anonymous, type Caller } from './caller.ts';
import { fingerprint, parseToken, verifySecret } from './token-secret.ts';
import { findToken } from './token-store.ts';

const maxCachedTokens = 10_000;

export class Authenticator {
  private readonly verified = new Map<string, string>();

  constructor(private readonly db: Database) {}

  async authenticate(header: string | undefined): Promise<Caller> {
    if (header === undefined || header === '') return anonymous;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
    const parsed = parseToken(match[1]!);
    if (!parsed) throw new UnauthenticatedError('the bearer token is not an argmap token');
    const stored = await findToken(this.db, parsed.id);
    if (!stored || stored.revokedAt) throw new UnauthenticatedError('the bearer token is unknown or revoked');
    const seen = fingerprint(parsed.secret);
    if (this.verified.get(parsed.id) !== seen) {
      if (!(await verifySecret(parsed.secret, stored))) throw new UnauthenticatedError('the bearer token is unknown or revoked');
      if (this.verified.size >= maxCachedTokens) this.verified.clear();
      this.verified.set(parsed.id, seen);
    }
    return { tokenId: stored.id, role: stored.role, maps: stored.maps };
  }
}
