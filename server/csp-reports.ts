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

/** One log line per violation; the field names differ between the two report formats. */
export function describeCspReport(report: CspReport): string {
  const directive = field(report, 'effective-directive', 'effectiveDirective', 'violated-directive');
  const blocked = field(report, 'blocked-uri', 'blockedURL');
  const page = field(report, 'document-uri', 'documentURL');
  return `CSP violation: ${directive} blocked ${blocked} on ${page}`;
}
