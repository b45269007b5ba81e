import type { Clock } from './session';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface TokenBucketsOptions {
  /** Requests a key may make at once after a quiet spell. */
  capacity: number;
  /** Requests a key gets back per second, steadily. */
  perSecond: number;
  /** Keys remembered at most; the least recently seen is forgotten first. */
  maxKeys?: number;
  clock?: Clock;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * One token bucket per key (a client address, or a single key for a global limit). Memory is
 * bounded by `maxKeys`: buckets are kept in least-recently-used order and the oldest goes first,
 * which is almost always one that has refilled and so means nothing any more.
 */
export class TokenBuckets {
  readonly capacity: number;
  readonly perSecond: number;
  private readonly maxKeys: number;
  private readonly clock: Clock;
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: TokenBucketsOptions) {
    this.capacity = options.capacity;
    this.perSecond = options.perSecond;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  /** Takes one token from `key`'s bucket, or says how long until one is back. */
  take(key: string): RateDecision {
    const now = this.clock();
    const perMs = this.perSecond / 1000;
    const previous = this.buckets.get(key);
    const tokens =
      previous === undefined ? this.capacity : Math.min(this.capacity, previous.tokens + (now - previous.updated) * perMs);
    // Re-inserting moves the key to the young end of the Map's order.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, updated: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, updated: now });
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) break;
      this.buckets.delete(oldest.value);
    }
    return { allowed: true };
  }

  /** Keys currently remembered (tests). */
  get size(): number {
    return this.buckets.size;
  }
}
