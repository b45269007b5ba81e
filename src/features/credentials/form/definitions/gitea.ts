import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';

/** Gitea form strings. */
const giteaStrings = {
  intro: 'A Gitea user and password, optionally with an access token.',
  username: 'User name',
  password: 'Password',
  token: 'Access token (optional)',
  baseUrl: 'Gitea server URL',
  baseUrlHelp: 'Required: the address of your Gitea server.',
} as const;

export function giteaSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('gitea'),
      baseUrl: z.string(),
      keys: z.object({ username: z.string(), password: z.string(), token: z.string() }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        checkBaseUrl(values.baseUrl, true, issues);
        checkRequired(values.keys.username, ['keys', 'username'], giteaStrings.username, issues);
        checkSecret(values.keys.password, ['keys', 'password'], giteaStrings.password, secretNeeded(context), issues);
      }),
    );
}

export type GiteaValues = z.input<ReturnType<typeof giteaSchema>>;

export const giteaDefaults = (): GiteaValues => ({
  name: '',
  description: '',
  provider: 'gitea',
  baseUrl: '',
  keys: { username: '', password: '', token: '' },
});

export const giteaToKeys = (keys: GiteaValues['keys']) => compact(keys);

export function giteaFromKeys(keys: Record<string, unknown>): GiteaValues['keys'] {
  return { username: text(keys.username), password: '', token: '' };
}

export const giteaDefinition = defineProvider({
  id: 'gitea',
  schema: giteaSchema,
  defaults: giteaDefaults,
  toKeys: giteaToKeys,
  fromKeys: giteaFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/gitea',
    intro: giteaStrings.intro,
    baseUrl: { required: true, label: giteaStrings.baseUrl, help: giteaStrings.baseUrlHelp, placeholder: 'https://gitea.example.com' },
    fields: [
      { name: 'username', kind: 'text', label: giteaStrings.username },
      { name: 'password', kind: 'secret', label: giteaStrings.password },
      { name: 'token', kind: 'secret', label: giteaStrings.token, optional: true },
    ],
  },
});
