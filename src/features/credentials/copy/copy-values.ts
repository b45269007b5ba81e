import type { CredentialFormValues } from '../form/form-schema';
import type { StoredCredentials, toFormValues } from '../form/mappers';
import type { providerRegistry } from '../form/provider-registry';

/**
 * The form's mappers, passed in rather than imported: the dialog gets them from the create route's
 * module when it loads the form, so the copy chunk shares no module with the create chunk.
 */
export interface CopyKit {
  toFormValues: typeof toFormValues;
  providerRegistry: Pick<typeof providerRegistry, 'defaultValuesFor' | 'secretFields'>;
}

/**
 * The create form's values for a copy of a stored credential: every non-secret field as stored, every
 * secret field blank (as a new credential's), whatever the answer carried. Null when the form cannot
 * create the provider. The values only ever live in memory (the dialog's form state).
 */
export function copyFormValues(kit: CopyKit, credentials: StoredCredentials, name: string = credentials.name): CredentialFormValues | null {
  const values = kit.toFormValues(credentials);
  if (values === null) return null;
  const blank = kit.providerRegistry.defaultValuesFor(values.provider).keys as Record<string, unknown>;
  const keys: Record<string, unknown> = { ...values.keys };
  for (const field of kit.providerRegistry.secretFields(values.provider)) keys[field] = blank[field] ?? '';
  return { ...values, name, keys } as CredentialFormValues;
}

const maxNameLength = 100;

/**
 * The names tried for a copy, in order: the same name, then `name-copy`, `name-copy-2`, `name-copy-3`… (within
 * the length limit). A stored name is valid, and the suffixes use only characters names allow.
 */
export function copyNameCandidate(name: string, attempt: number): string {
  if (attempt === 1) return name;
  const suffix = attempt === 2 ? '-copy' : `-copy-${String(attempt - 1)}`;
  return `${name.slice(0, maxNameLength - suffix.length)}${suffix}`;
}

export type NameAnswer = 'free' | 'taken' | 'unknown';

/**
 * The first candidate the target workspace does not hold. A check that fails keeps the candidate: the
 * form checks the name again on blur and on save, and says so there.
 */
export async function suggestCopyName(name: string, check: (name: string) => Promise<NameAnswer>, maxAttempts = 20): Promise<string> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const candidate = copyNameCandidate(name, attempt);
    if ((await check(candidate)) !== 'taken') return candidate;
  }
  return name;
}
