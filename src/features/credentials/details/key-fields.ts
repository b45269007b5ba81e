import type { SecurityKeys } from '../api/credentials-schemas';
import { SECRET_KEY_FIELDS } from '../providers/secret-fields';
import { KEY_FIELD_LABELS, detailStrings } from '../strings';
import type { Field } from './field-list';

/** Fields shown elsewhere in the details (the External ID has its own section). */
const SHOWN_ELSEWHERE = new Set(['discriminator', 'externalId']);

/** Every non-secret key field the API returned, labelled; secrets are dropped even if a server sent one. */
export function keyFields(keys: SecurityKeys | undefined): Field[] {
  if (!keys) return [];
  return Object.entries(keys).flatMap(([name, value]) => {
    if (SHOWN_ELSEWHERE.has(name) || SECRET_KEY_FIELDS.has(name)) return [];
    if (value === null || value === '') return [];
    const text = typeof value === 'boolean' ? (value ? detailStrings.yes : detailStrings.no) : String(value);
    return [{ label: KEY_FIELD_LABELS[name] ?? name, value: text, code: typeof value === 'string' }];
  });
}
