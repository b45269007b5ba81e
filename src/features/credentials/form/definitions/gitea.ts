import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';

export function giteaSchema(context: SchemaContext) {
  const t = strings.providers.gitea;
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
        checkRequired(values.keys.username, ['keys', 'username'], t.username, issues);
        checkSecret(values.keys.password, ['keys', 'password'], t.password, secretNeeded(context), issues);
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

const gitea = strings.providers.gitea;
export const giteaDefinition = defineProvider({
  id: 'gitea',
  schema: giteaSchema,
  defaults: giteaDefaults,
  toKeys: giteaToKeys,
  fromKeys: giteaFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/gitea',
    intro: gitea.intro,
    baseUrl: { required: true, label: gitea.baseUrl, help: gitea.baseUrlHelp, placeholder: 'https://gitea.example.com' },
    fields: [
      { name: 'username', kind: 'text', label: gitea.username },
      { name: 'password', kind: 'secret', label: gitea.password },
      { name: 'token', kind: 'secret', label: gitea.token, optional: true },
    ],
  },
});
