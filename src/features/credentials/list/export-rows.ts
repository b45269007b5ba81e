/**
 * The list as shown (filters applied, in its order) as CSV or JSON, with non-secret fields only:
 * each record is built field by field from the credential's public attributes and the catalog's
 * identifying detail, never from its `keys`, so a secret the browser should not hold anyway cannot
 * be copied out either. Loaded when an export is asked for, not with the list.
 */
import type { AttentionReason } from '../usage/usage-model';
import type { CredentialsRow } from './credentials-rows';
import { toCsv } from './csv';
import type { RowInsights } from './row-insights';

export interface ExportRecord {
  id: string;
  name: string;
  provider: string;
  baseUrl: string | null;
  status: string;
  lastUsed: string | null;
  dateCreated: string | null;
  lastUpdated: string | null;
  /** The catalog's identifying detail (account, role ARN, registry, host…), never a secret. */
  identifies: string | null;
  /** `partial`: some kinds of use are unknown and their counts are null. */
  usage: 'known' | 'partial' | 'unknown' | 'loading';
  computeEnvs: number | null;
  dataLinks: number | null;
  pipelines: number | null;
  usedBy: number | null;
  attentionReasons: AttentionReason[];
}

export function exportRecords(rows: readonly CredentialsRow[], insights: RowInsights): ExportRecord[] {
  return rows.map(({ credentials, detail }) => {
    const { usedBy, reasons } = insights.of(credentials);
    const known = usedBy.state === 'known' ? usedBy : undefined;
    const count = (kind: 'computeEnvs' | 'dataLinks' | 'pipelines') => {
      if (!known || known.unknownKinds.includes(kind)) return null;
      return known.counts[kind] ?? 0;
    };
    return {
      id: credentials.id,
      name: credentials.name,
      provider: credentials.provider,
      baseUrl: credentials.baseUrl ?? null,
      status: credentials.status,
      lastUsed: credentials.lastUsed ?? null,
      dateCreated: credentials.dateCreated ?? null,
      lastUpdated: credentials.lastUpdated ?? null,
      identifies: detail ?? null,
      usage: usedBy.state === 'known' ? (usedBy.partial ? 'partial' : 'known') : usedBy.state,
      computeEnvs: count('computeEnvs'),
      dataLinks: count('dataLinks'),
      pipelines: count('pipelines'),
      usedBy: known && !known.partial ? known.total : null,
      attentionReasons: [...reasons],
    };
  });
}

const CSV_COLUMNS = [
  'id',
  'name',
  'provider',
  'baseUrl',
  'status',
  'lastUsed',
  'dateCreated',
  'lastUpdated',
  'identifies',
  'usage',
  'computeEnvs',
  'dataLinks',
  'pipelines',
  'usedBy',
  'attentionReasons',
] as const satisfies readonly (keyof ExportRecord)[];

/** CSV with a UTF-8 byte-order mark, so spreadsheets read names in any script correctly. */
export function recordsToCsv(records: readonly ExportRecord[]): string {
  const rows = records.map((record) =>
    CSV_COLUMNS.map((column) => {
      const value = record[column];
      return Array.isArray(value) ? value.join(';') : value;
    }),
  );
  return `\uFEFF${toCsv(CSV_COLUMNS, rows)}`;
}

export function recordsToJson(records: readonly ExportRecord[], context: { workspace: string; exportedAt: string }): string {
  return `${JSON.stringify({ ...context, count: records.length, credentials: records }, null, 2)}\n`;
}

/** `credentials-<context>-<date>.<ext>`, with only characters every file system accepts. */
export function exportFileName(contextName: string, at: Date, extension: 'csv' | 'json'): string {
  const safe = contextName.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'credentials';
  return `credentials-${safe}-${at.toISOString().slice(0, 10)}.${extension}`;
}

/** Hands the text to the browser as a file download. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: the download has its own reference by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
