import { TokenBuckets } from './rate-limit';

export type CspReport = Record<string, unknown>;

/** Recent CSP violation reports, bounded so a noisy page cannot grow memory without limit. */
export class CspReportLog {
  private readonly reports: CspReport[] = [];

  constructor(private readonly max = 100) {}

  add(report: CspReport): void {
    this.reports.push(report);
    if (this.reports.length > this.max) this.reports.shift();
  }

  list(): CspReport[] {
    return [...this.reports];
  }

  clear(): void {
    this.reports.length = 0;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Extracts the violation bodies from either format browsers send: `application/csp-report`
 * (`{"csp-report": {...}}`, from report-uri) or `application/reports+json` (an array of
 * `{type: "csp-violation", body: {...}}`, from the Reporting API).
 */
export function parseCspReports(body: unknown): CspReport[] {
  if (isRecord(body) && isRecord(body['csp-report'])) return [body['csp-report']];
  if (Array.isArray(body)) {
    return body.flatMap((entry: unknown) =>
      isRecord(entry) && entry.type === 'csp-violation' && isRecord(entry.body) ? [entry.body] : [],
    );
  }
  return [];
}

function field(report: CspReport, ...names: string[]): string {
  for (const name of names) {
    const value = report[name];
    // Reports come from any page, so keep the log line one line and short.
    if (typeof value === 'string' && value !== '') return value.replace(/\p{Cc}+/gu, ' ').slice(0, 200);
  }
  return '?';
}

function fields(report: CspReport): { directive: string; blocked: string; page: string } {
  return {
    directive: field(report, 'effective-directive', 'effectiveDirective', 'violated-directive'),
    blocked: field(report, 'blocked-uri', 'blockedURL'),
    page: field(report, 'document-uri', 'documentURL'),
  };
}

/** One log line per violation; the field names differ between the two report formats. */
export function describeCspReport(report: CspReport): string {
  const { directive, blocked, page } = fields(report);
  return `CSP violation: ${directive} blocked ${blocked} on ${page}`;
}

export interface CspReportGateOptions {
  /** Reports one client may send at once, and per second after that. */
  perClient?: { capacity: number; perSecond: number };
  /** The same for all clients together, so many addresses cannot flood the log either. */
  global?: { capacity: number; perSecond: number };
  /** Within a window, a violation (directive, blocked URI, page) is logged once; repeats are counted. */
  windowMs?: number;
  /** Distinct violations remembered per window; more are counted together. */
  maxDistinct?: number;
  /** Clients whose buckets are remembered; the oldest is forgotten beyond it. */
  maxClients?: number;
  clock?: () => number;
}

export type CspVerdict = 'log' | 'repeat' | 'limited';

/**
 * Decides which CSP reports reach the log. `/csp-report` needs no session (browsers send reports
 * without cookies or custom headers), so anyone can post to it: per-client and global token
 * buckets refuse floods, and each distinct violation is logged once per window, with the number of
 * repeats when the window closes. Memory stays bounded by maxClients and maxDistinct.
 */
export class CspReportGate {
  private readonly perClient: TokenBuckets;
  private readonly global: TokenBuckets;
  private readonly windowMs: number;
  private readonly maxDistinct: number;
  private readonly clock: () => number;
  /** Violations seen in the current window and how often they repeated since logged. */
  private seen = new Map<string, { line: string; repeats: number }>();
  private windowStart: number;
  private overflow = 0;
  private limited = 0;

  constructor(options: CspReportGateOptions = {}) {
    this.clock = options.clock ?? Date.now;
    const clock = this.clock;
    this.perClient = new TokenBuckets({
      ...(options.perClient ?? { capacity: 20, perSecond: 0.2 }),
      maxKeys: options.maxClients ?? 10_000,
      clock,
    });
    this.global = new TokenBuckets({ ...(options.global ?? { capacity: 100, perSecond: 1 }), maxKeys: 1, clock });
    this.windowMs = options.windowMs ?? 60_000;
    this.maxDistinct = options.maxDistinct ?? 200;
    this.windowStart = this.clock();
  }

  /** Seconds until a refused client has a token again. */
  get retryAfterSeconds(): number {
    return Math.ceil(1 / this.perClient.perSecond);
  }

  /** Whether `client` may send a report now (one token per report, from its bucket and the global one). */
  admit(client: string): boolean {
    if (this.perClient.take(client).allowed && this.global.take('all').allowed) return true;
    this.limited += 1;
    return false;
  }

  /** For an admitted report: the line to log now, or undefined for a repeat within the window. */
  record(report: CspReport): string | undefined {
    const { directive, blocked, page } = fields(report);
    const key = `${directive}\n${blocked}\n${page}`;
    const entry = this.seen.get(key);
    if (entry !== undefined) {
      entry.repeats += 1;
      return undefined;
    }
    if (this.seen.size >= this.maxDistinct) {
      this.overflow += 1;
      return undefined;
    }
    const line = describeCspReport(report);
    this.seen.set(key, { line, repeats: 0 });
    return line;
  }

  /**
   * Summary lines for a window that has ended (repeats, overflow, refused reports), then starts a
   * new one. Called on each incoming report, so a summary waits for the next report after its window.
   */
  flush(force = false): string[] {
    const now = this.clock();
    if (!force && now - this.windowStart < this.windowMs) return [];
    const seconds = Math.round((now - this.windowStart) / 1000);
    const lines: string[] = [];
    for (const { line, repeats } of this.seen.values()) {
      if (repeats > 0) lines.push(`${line} (repeated ${repeats} more times in the last ${seconds} s)`);
    }
    if (this.overflow > 0) lines.push(`CSP violation: ${this.overflow} more reports of other violations in the last ${seconds} s were not logged`);
    if (this.limited > 0) lines.push(`CSP reports: ${this.limited} refused by the rate limit in the last ${seconds} s`);
    this.seen = new Map();
    this.overflow = 0;
    this.limited = 0;
    this.windowStart = now;
    return lines;
  }
}
