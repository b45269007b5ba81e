import { TokenBuckets, type RateDecision } from './rate-limit';
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

/** Sign-in attempts per client (each one costs a `/user-info` call upstream), in token buckets. */
export class SignInThrottle {
  readonly burst: number;
  readonly perMinute: number;
  private readonly buckets: TokenBuckets;

  constructor(options: SignInThrottleOptions = {}) {
    this.burst = options.burst ?? DEFAULT_SIGN_IN_BURST;
    this.perMinute = options.perMinute ?? DEFAULT_SIGN_IN_PER_MINUTE;
    this.buckets = new TokenBuckets({
      capacity: this.burst,
      perSecond: this.perMinute / 60,
      maxKeys: options.maxClients ?? 10_000,
      clock: options.clock ?? Date.now,
    });
  }

  /** Takes one attempt from the client's bucket, or says how long until one is back. */
  take(client: string): RateDecision {
    return this.buckets.take(client);
  }

  /** Clients currently remembered (tests). */
  get size(): number {
    return this.buckets.size;
  }
}
