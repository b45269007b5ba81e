import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { bitbucketAuth } from '../../providers/bitbucket-auth';

/** Bitbucket form strings. */
const bitbucketStrings = {
  intro: 'A Bitbucket API token, with the e-mail of your Atlassian account.',
  modeToken: 'API token',
  modePassword: 'App password (withdrawn)',
  email: 'Atlassian account e-mail',
  emailHelp: 'API tokens sign in with the e-mail address of your Atlassian account.',
  username: 'Bitbucket user name',
  token: 'API token',
  tokenHelp: 'Create one in your Atlassian account settings under Security → API tokens, with repository read scopes.',
  password: 'App password',
  appPasswordNotice:
    'These credentials use a Bitbucket app password. Atlassian withdrew app passwords on 9 June 2026, so they no longer work: choose API token and enter your Atlassian account e-mail and an API token to replace it.',
  baseUrlHelp: 'Recommended: https://bitbucket.org or your workspace URL.',
  errors: {
    both: 'Use either an API token or an app password, not both.',
    email: 'API tokens sign in with your Atlassian account e-mail (it contains @).',
    appPassword: 'Bitbucket no longer accepts app passwords. Use an API token.',
  },
} as const;

export function bitbucketSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('bitbucket'),
      baseUrl: z.string(),
      keys: z.object({
        mode: z.enum(['token', 'password']),
        username: z.string(),
        token: z.string(),
        password: z.string(),
      }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        checkBaseUrl(values.baseUrl, false, issues);
        const { keys } = values;
        const needed = secretNeeded(context, keys.mode);
        if (keys.mode === 'token') {
          checkRequired(keys.username, ['keys', 'username'], bitbucketStrings.email, issues);
          // API tokens sign in with the Atlassian account e-mail, never a Bitbucket user name.
          if (keys.username.trim() !== '' && !keys.username.includes('@')) flag(issues, ['keys', 'username'], bitbucketStrings.errors.email);
          checkSecret(keys.token, ['keys', 'token'], bitbucketStrings.token, needed, issues);
          if (keys.password !== '') flag(issues, ['keys', 'password'], bitbucketStrings.errors.both);
        } else {
          checkRequired(keys.username, ['keys', 'username'], bitbucketStrings.username, issues);
          // App passwords were withdrawn by Atlassian: only a credential stored with one may keep it.
          if (context.initialMode !== 'password') flag(issues, ['keys', 'password'], bitbucketStrings.errors.appPassword);
          checkSecret(keys.password, ['keys', 'password'], bitbucketStrings.password, needed, issues);
          if (keys.token !== '') flag(issues, ['keys', 'token'], bitbucketStrings.errors.both);
        }
      }),
    );
}

export type BitbucketValues = z.input<ReturnType<typeof bitbucketSchema>>;

export const bitbucketDefaults = (): BitbucketValues => ({
  name: '',
  description: '',
  provider: 'bitbucket',
  baseUrl: 'https://bitbucket.org',
  keys: { mode: 'token', username: '', token: '', password: '' },
});

export function bitbucketToKeys(keys: BitbucketValues['keys']): Record<string, unknown> {
  return keys.mode === 'token'
    ? compact({ username: keys.username, token: keys.token })
    : compact({ username: keys.username, password: keys.password });
}

// Both secrets are write-only; the user name tells which one is stored (see bitbucketAuth). A credential
// stored with an app password opens in that mode, so that its notice asks for an API token instead.
export function bitbucketFromKeys(keys: Record<string, unknown>): BitbucketValues['keys'] {
  const mode = bitbucketAuth(keys) === 'app-password' ? 'password' : 'token';
  return { mode, username: text(keys.username), token: '', password: '' };
}

export const bitbucketDefinition = defineProvider({
  id: 'bitbucket',
  schema: bitbucketSchema,
  defaults: bitbucketDefaults,
  toKeys: bitbucketToKeys,
  fromKeys: bitbucketFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/bitbucket',
    intro: bitbucketStrings.intro,
    baseUrl: { required: false, help: bitbucketStrings.baseUrlHelp, placeholder: 'https://bitbucket.org' },
    modes: [
      { value: 'token', label: bitbucketStrings.modeToken },
      { value: 'password', label: bitbucketStrings.modePassword, legacy: true, notice: bitbucketStrings.appPasswordNotice },
    ],
    fields: [
      { name: 'username', kind: 'text', label: bitbucketStrings.email, help: bitbucketStrings.emailHelp, placeholder: 'you@example.com', modes: ['token'] },
      { name: 'token', kind: 'secret', label: bitbucketStrings.token, help: bitbucketStrings.tokenHelp, modes: ['token'] },
      { name: 'username', kind: 'text', label: bitbucketStrings.username, modes: ['password'] },
      { name: 'password', kind: 'secret', label: bitbucketStrings.password, modes: ['password'] },
    ],
  },
});
