/**
 * Turns an `Authorization` header into a Caller. No header is an anonymous caller (what it may do is
 * decided later); a header that is present but wrong — malformed, unknown, revoked, bad secret — is
 * UNAUTHENTICATED at once, so a client never silently runs as anonymous with a broken token.
 *
 * The deliberately slow scrypt check runs once per token and secret; after it, a fingerprint is
 * remembered. The token's stored record (is it revoked?) is looked up again once the last lookup
 * is older than `cacheMs`: that lookup is a Neo4j round trip, and doing it on every read cost
 * about 4 ms a request (bench/README.md). Writes ask for a fresh lookup (`maxAgeMs` 0, see
 * guard-mutations.ts), so a revoked token never writes again; it may read for up to `cacheMs`.
 */
import type { Database } from '../neo4j/database.ts';
import { UnauthenticatedError } from '../shared/errors.ts';
import { anonymous, type Caller } from '../graphql/caller.ts';
import { fingerprint, parseToken, verifySecret } from './token-secret.ts';
import { findToken } from './token-store.ts';

const maxCachedTokens = 10_000;

/** How long a token lookup serves reads (ARGMAP_TOKEN_CACHE_MS). */
export const defaultTokenCacheMs = 5_000;

interface Verified {
  fingerprint: string;
  caller: Caller;
  lookedUpAt: number;
}

export class Authenticator {
  private readonly verified = new Map<string, Verified>();

  /** `now` is the clock the cache ages by: Date.now, or a test's own clock that it moves itself. */
  constructor(
    private readonly db: Database,
    private readonly cacheMs = defaultTokenCacheMs,
    private readonly now: () => number = Date.now,
  ) {}

  async authenticate(header: string | undefined, maxAgeMs = this.cacheMs): Promise<Caller> {
    if (header === undefined || header === '') return anonymous;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
    const parsed = parseToken(match[1]!);
    if (!parsed) throw new UnauthenticatedError('the bearer token is not an argmap token');
    const seen = fingerprint(parsed.secret);
    const known = this.verified.get(parsed.id);
    if (known?.fingerprint === seen && this.now() - known.lookedUpAt < maxAgeMs) return known.caller;
    const stored = await findToken(this.db, parsed.id);
    if (!stored || stored.revokedAt) {
      this.verified.delete(parsed.id);
      throw new UnauthenticatedError('the bearer token is unknown or revoked');
    }
    if (known?.fingerprint !== seen && !(await verifySecret(parsed.secret, stored))) {
      throw new UnauthenticatedError('the bearer token is unknown or revoked');
    }
    const caller: Caller = { tokenId: stored.id, role: stored.role, maps: stored.maps };
    if (this.verified.size >= maxCachedTokens) this.verified.clear();
    this.verified.set(parsed.id, { fingerprint: seen, caller, lookedUpAt: this.now() });
    return caller;
  }
}
