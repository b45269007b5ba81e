import * as z from 'zod/mini';
import { credentialFormSchema, type CredentialFormValues } from '../form/form-schema';
import type { CreatableProviderId } from '../form/provider-ids';
import { defaultValuesFor } from '../form/provider-registry';
import { createContext } from '../form/schema-kit';
import type { FormTarget, Found, GitProviderId, GitTarget } from './model';

/** A Git user and secret in the key names of each Git provider's form. */
export function gitKeys(provider: GitProviderId, username: string, secret: string): Record<string, string> {
  switch (provider) {
    case 'gitlab':
      return { username, token: secret };
    case 'bitbucket':
      // API tokens are the only way Bitbucket signs in now: the form's token mode.
      return { mode: 'token', username, token: secret };
    case 'github':
    case 'azurerepos':
    case 'gitea':
      return { username, password: secret };
  }
}

/** What the review row has chosen on top of what was found. */
export interface RowChoices {
  name: string;
  /** For a Git host the parser could not place. */
  provider?: GitProviderId | null;
  /** For an encrypted SSH key. */
  passphrase?: string;
}

export function targetProvider(target: FormTarget | GitTarget, choices?: Pick<RowChoices, 'provider'>): CreatableProviderId | null {
  return target.kind === 'form' ? target.provider : (target.provider ?? choices?.provider ?? null);
}

/**
 * The create form's values for a found credential: the provider's blank values with what was found
 * filled in, so that what is created is exactly what the form would create from the same input.
 */
export function formValuesFor(found: Pick<Found, 'target'>, choices: RowChoices): CredentialFormValues | null {
  const { target } = found;
  const provider = targetProvider(target, choices);
  if (provider === null) return null;
  const blank = defaultValuesFor(provider) as CredentialFormValues & { keys: Record<string, unknown>; baseUrl?: string };
  const keys =
    target.kind === 'git' && isGitProvider(provider)
      ? gitKeys(provider, target.username, target.secret)
      : target.kind === 'form'
        ? target.keys
        : {};
  const passphrase = provider === 'ssh' && choices.passphrase ? { passphrase: choices.passphrase } : {};
  const baseUrl = target.baseUrl ?? ('baseUrl' in blank ? blank.baseUrl : undefined);
  return {
    ...blank,
    name: choices.name,
    ...(baseUrl === undefined || !('baseUrl' in blank) ? {} : { baseUrl }),
    keys: { ...blank.keys, ...keys, ...passphrase },
  } as CredentialFormValues;
}

function isGitProvider(provider: CreatableProviderId): provider is GitProviderId {
  return provider === 'github' || provider === 'gitlab' || provider === 'bitbucket' || provider === 'gitea' || provider === 'azurerepos';
}

let schema: ReturnType<typeof credentialFormSchema> | undefined;

/** The create form's own check: null when valid, else its first message. */
export function formProblem(values: CredentialFormValues): string | null {
  schema ??= credentialFormSchema(createContext);
  const result = z.safeParse(schema, values);
  if (result.success) return null;
  return result.error.issues[0]?.message ?? 'invalid';
}

/**
 * Checks a found credential against its provider's form before any name is chosen (with a stand-in
 * name, since names are checked separately): the schema's message when the form would refuse it.
 */
export function foundProblem(found: Pick<Found, 'target'>, choices: Omit<RowChoices, 'name'> = {}): string | null {
  const values = formValuesFor(found, { ...choices, name: 'import-check' });
  return values === null ? null : formProblem(values);
}
