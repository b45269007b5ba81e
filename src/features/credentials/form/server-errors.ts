import type { ApiError } from '../../../lib/api-client';
import type { ProviderUi } from './definition';

/**
 * Where a 400/409 answer belongs. A 409 on save means the name is taken; a 400 lands on the
 * field its message names (the API names the offending field), otherwise in the alert.
 */
export function fieldForServerError(error: ApiError, ui: ProviderUi): string | null {
  if (error.status === 409) return 'name';
  if (error.status !== 400) return null;
  const mentions = (word: string) => new RegExp(`\\b${word}\\b`, 'i').test(error.message);
  const keyField = ui.fields.find((field) => field.kind !== 'external-id-switch' && mentions(field.name));
  if (keyField) return `keys.${keyField.name}`;
  if (ui.baseUrl && mentions('baseUrl')) return 'baseUrl';
  if (mentions('name')) return 'name';
  return null;
}
