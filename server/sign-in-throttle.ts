import type { Clock } from './session';

export interface SignInThrottleOptions {
  /** Attempts a client may make at once after a quiet spell; default 10. */
  burst?: number;
  /** Attempts per minute a client gets back, steadily; default 30 (one every two seconds). */
  perMinute?: number;
  /** Clients remembered at most; the least recently seen is forgotten first. Default 10,000. */
  maxClients?: number;
  clock?: Clock;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updated: number;
}

export const DEFAULT_SIGN_IN_BURST = 10;
export const DEFAULT_SIGN_IN_PER_MINUTE = 30;

/**
 * The key a client is counted under. IPv6 clients usually hold a whole /64, so they are counted
 * per /64 rather than per address; IPv4-mapped IPv6 addresses count as the IPv4 address.
 */
export function throttleKey(address: string | undefined): string {
  if (address === undefined || address === '') return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::', 2);
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * A token bucket per client for sign-in attempts (each one costs a `/user-info` call upstream).
 * Memory is bounded by `maxClients`: buckets are kept in least-recently-used order and the oldest
 * goes first, which is almost always one that has refilled and so means nothing any more.
 */
export class SignInThrottle {
  readonly burst: number;
  readonly perMinute: number;
  private readonly maxClients: number;
  private readonly clock: Clock;
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: SignInThrottleOptions = {}) {
    this.burst = options.burst ?? DEFAULT_SIGN_IN_BURST;
    this.perMinute = options.perMinute ?? DEFAULT_SIGN_IN_PER_MINUTE;
    this.maxClients = options.maxClients ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  /** Takes one attempt from the client's bucket, or says how long until one is back. */
  take(client: string): ThrottleDecision {
    const now = this.clock();
    const perMs = this.perMinute / 60_000;
    const previous = this.buckets.get(client);
    const tokens = previous === undefined ? this.burst : Math.min(this.burst, previous.tokens + (now - previous.updated) * perMs);
    // Re-inserting moves the client to the young end of the Map's order.
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, updated: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    this.buckets.set(client, { tokens: tokens - 1, updated: now });
    while (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) break;
      this.buckets.delete(oldest.value);
    }
    return { allowed: true };
  }

  /** Clients currently remembered (tests). */
  get size(): number {
    return this.buckets.size;
  }
}
