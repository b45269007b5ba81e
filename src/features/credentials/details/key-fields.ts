import type { SecurityKeys } from '../api/credentials-schemas';
import { SECRET_KEY_FIELDS } from '../providers/secret-fields';
import { keyFieldStrings, detailStrings } from '../strings';
import type { Field } from './field-list';

/** Fields shown elsewhere in the details (the External ID has its own section). */
const SHOWN_ELSEWHERE = new Set(['discriminator', 'externalId']);

/** A value as text: scalars as they are, a list or object (a field newer than this console) as compact JSON. */
function valueText(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value ? detailStrings.yes : detailStrings.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    if (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0) return undefined;
    return JSON.stringify(value);
  }
  return undefined;
}

/** Every non-secret key field the API returned, labelled; secrets are dropped even if a server sent one. */
export function keyFields(keys: SecurityKeys | undefined): Field[] {
  if (!keys) return [];
  return Object.entries(keys).flatMap(([name, value]) => {
    if (SHOWN_ELSEWHERE.has(name) || SECRET_KEY_FIELDS.has(name)) return [];
    const text = valueText(value);
    if (text === undefined) return [];
    return [{ label: keyFieldStrings[name] ?? name, value: text, code: typeof value !== 'boolean' }];
  });
}
