/**
 * Rate limits: one bucket of points per bearer token, and one per client address for requests
 * without a token (a token is accountable, and many of its holders may share one proxy's address).
 * An operation takes points by what it costs the database: a cheap read 1, an expensive read
 * (estimated cost ≥ admissionFreeBelow) 5, a mutation 10. An empty bucket is RATE_LIMITED, HTTP 429,
 * with Retry-After.
 *
 * The buckets are rate-limiter-flexible's RateLimiterMemory: `points` per `windowSeconds`, refilled
 * at each window's end, held in this process's memory. Nothing to run beside the service, and a
 * restart forgets them, which for abuse limits is acceptable. With several instances each keeps its
 * own buckets, so a client gets up to N times the rate: divide the points by the instances, or
 * move to a shared store (the library's RateLimiterRedis has the same interface).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../shared/errors.ts';
import { admissionFreeBelow } from './admission.ts';

export interface RateLimitSettings {
  /** ARGMAP_RATE_TOKEN_POINTS: points per window for each token; 0 switches the token limit off. */
  tokenPoints: number;
  /** ARGMAP_RATE_ADDRESS_POINTS: points per window for each address without a token; 0: off. */
  addressPoints: number;
  /** ARGMAP_RATE_WINDOW_S: the window, in seconds, after which a bucket is full again. */
  windowSeconds: number;
}

/** Points an operation takes (see the file comment). */
export function ratePoints(kind: 'query' | 'mutation' | 'subscription', cost: number): number {
  if (kind !== 'query') return 10;
  return cost >= admissionFreeBelow ? 5 : 1;
}

export class RateLimits {
  private readonly byToken: RateLimiterMemory | undefined;
  private readonly byAddress: RateLimiterMemory | undefined;

  constructor(settings: RateLimitSettings) {
    const bucket = (points: number) =>
      points > 0 ? new RateLimiterMemory({ points, duration: settings.windowSeconds }) : undefined;
    this.byToken = bucket(settings.tokenPoints);
    this.byAddress = bucket(settings.addressPoints);
  }

  /** Takes `points` from the caller's bucket, or throws RATE_LIMITED. */
  async consume(who: { tokenId: string | null; address: string | undefined }, points: number): Promise<void> {
    // No address: an operation run in-process (the CLI, tests), not over the network.
    if (who.address === undefined) return;
    const [limiter, key, kind] =
      who.tokenId !== null
        ? ([this.byToken, who.tokenId, 'token'] as const)
        : ([this.byAddress, who.address, 'address'] as const);
    if (!limiter) return;
    try {
      // An operation dearer than a whole bucket still runs once per window rather than never.
      await limiter.consume(key, Math.min(points, limiter.points));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw new RateLimitedError(kind, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    }
  }
}
