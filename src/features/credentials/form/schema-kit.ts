import * as z from 'zod/mini';
import { baseUrlKind, baseUrlMaxLength, credentialNamePattern } from './formats';
import { formStrings } from './strings';

/**
 * Whether the schema validates a new credential or an edit. In an edit a blank secret keeps
 * the stored value, unless the user switched to a mode whose secrets were never stored.
 */
export interface SchemaContext {
  intent: 'create' | 'edit';
  initialMode?: string;
}

export const createContext: SchemaContext = { intent: 'create' };

/**
 * Fields only carry types; every rule lives in the branch's superRefine. zod skips an
 * object's refinements once a field fails, so keeping rules together shows all problems at once.
 */
export const commonShape = {
  name: z.string(),
  description: z.string(),
};

type Issues = z.core.$RefinementCtx;

export function flag(issues: Issues, path: readonly string[], message: string): void {
  issues.addIssue({ code: 'custom', path: [...path], message });
}

export function checkCommon(values: { name: string }, issues: Issues): void {
  if (values.name === '') flag(issues, ['name'], formStrings.errors.required(formStrings.shell.name));
  else if (!credentialNamePattern.test(values.name)) flag(issues, ['name'], formStrings.errors.name);
}

export function checkBaseUrl(value: string, required: boolean, issues: Issues): void {
  if (value === '') {
    if (required) flag(issues, ['baseUrl'], formStrings.errors.required(formStrings.shell.baseUrl));
    return;
  }
  if (value.length > baseUrlMaxLength) flag(issues, ['baseUrl'], formStrings.errors.baseUrlLength);
  else if (baseUrlKind(value) === 'invalid') flag(issues, ['baseUrl'], formStrings.errors.baseUrl);
}

export function checkRequired(value: string, path: readonly string[], label: string, issues: Issues): boolean {
  if (value.trim() !== '') return true;
  flag(issues, path, formStrings.errors.required(label));
  return false;
}

/** A secret must be typed on create, and on edit only when the mode changed since loading. */
export function secretNeeded(context: SchemaContext, mode?: string): boolean {
  return context.intent === 'create' || (mode !== undefined && mode !== context.initialMode);
}

/**
 * Checks a secret: required when `needed`, and, when given, its format. Blank secrets in an
 * edit mean "keep", so format rules apply only to typed values.
 */
export function checkSecret(
  value: string,
  path: readonly string[],
  label: string,
  needed: boolean,
  issues: Issues,
  format?: (value: string) => string | null,
): void {
  if (value === '') {
    if (needed) flag(issues, path, formStrings.errors.required(label));
    return;
  }
  const problem = format?.(value);
  if (problem) flag(issues, path, problem);
}

/** Leaves out blank values so the API never receives empty keys (blank secret = keep). */
export function compact<T extends Record<string, string | boolean | undefined>>(record: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(record) as [keyof T, T[keyof T]][]) {
    if (value !== '' && value !== undefined) out[key] = value;
  }
  return out;
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
