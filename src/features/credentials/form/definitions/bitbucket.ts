import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { bitbucketAuth } from '../../providers/bitbucket-auth';
import { strings } from '../strings';

export function bitbucketSchema(context: SchemaContext) {
  const t = strings.providers.bitbucket;
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
          checkRequired(keys.username, ['keys', 'username'], t.email, issues);
          // API tokens sign in with the Atlassian account e-mail, never a Bitbucket user name.
          if (keys.username.trim() !== '' && !keys.username.includes('@')) flag(issues, ['keys', 'username'], strings.errors.bitbucketEmail);
          checkSecret(keys.token, ['keys', 'token'], t.token, needed, issues);
          if (keys.password !== '') flag(issues, ['keys', 'password'], strings.errors.bitbucketBoth);
        } else {
          checkRequired(keys.username, ['keys', 'username'], t.username, issues);
          // App passwords were withdrawn by Atlassian: only a credential stored with one may keep it.
          if (context.initialMode !== 'password') flag(issues, ['keys', 'password'], strings.errors.bitbucketAppPassword);
          checkSecret(keys.password, ['keys', 'password'], t.password, needed, issues);
          if (keys.token !== '') flag(issues, ['keys', 'token'], strings.errors.bitbucketBoth);
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

const bitbucket = strings.providers.bitbucket;
export const bitbucketDefinition = defineProvider({
  id: 'bitbucket',
  schema: bitbucketSchema,
  defaults: bitbucketDefaults,
  toKeys: bitbucketToKeys,
  fromKeys: bitbucketFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/bitbucket',
    intro: bitbucket.intro,
    baseUrl: { required: false, help: bitbucket.baseUrlHelp, placeholder: 'https://bitbucket.org' },
    modes: [
      { value: 'token', label: bitbucket.modeToken },
      { value: 'password', label: bitbucket.modePassword, legacy: true, notice: bitbucket.appPasswordNotice },
    ],
    fields: [
      { name: 'username', kind: 'text', label: bitbucket.email, help: bitbucket.emailHelp, placeholder: 'you@example.com', modes: ['token'] },
      { name: 'token', kind: 'secret', label: bitbucket.token, help: bitbucket.tokenHelp, modes: ['token'] },
      { name: 'username', kind: 'text', label: bitbucket.username, modes: ['password'] },
      { name: 'password', kind: 'secret', label: bitbucket.password, modes: ['password'] },
    ],
  },
});
