/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF between records, a field in double quotes when
 * it holds a comma, a quote, CR or LF, its quotes doubled), made safe to open in a spreadsheet:
 * a text field that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab
 * or a CR) gets a leading apostrophe, the neutralisation OWASP recommends against CSV injection.
 * Numbers are written as numbers and never prefixed.
 */
export type CsvValue = string | number | undefined | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header line and one record per row, each record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
