import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';

/** GitLab form strings. */
const gitlabStrings = {
  intro: 'A GitLab personal, project or group access token.',
  username: 'User name',
  token: 'Access token',
  tokenHelp: 'Needs the read_api and read_repository scopes.',
  baseUrlHelp: 'Your GitLab server, or a group URL.',
} as const;

export function gitlabSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('gitlab'),
      baseUrl: z.string(),
      keys: z.object({ username: z.string(), token: z.string() }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        checkBaseUrl(values.baseUrl, false, issues);
        checkRequired(values.keys.username, ['keys', 'username'], gitlabStrings.username, issues);
        checkSecret(values.keys.token, ['keys', 'token'], gitlabStrings.token, secretNeeded(context), issues);
      }),
    );
}

export type GitlabValues = z.input<ReturnType<typeof gitlabSchema>>;

export const gitlabDefaults = (): GitlabValues => ({
  name: '',
  description: '',
  provider: 'gitlab',
  baseUrl: 'https://gitlab.com',
  keys: { username: '', token: '' },
});

// GitLab's documentation asks for the token in both `token` and `password`; sending both
// keeps git-over-HTTPS and API access working with one value.
export function gitlabToKeys(keys: GitlabValues['keys']): Record<string, unknown> {
  return compact({ username: keys.username, token: keys.token, password: keys.token });
}

export function gitlabFromKeys(keys: Record<string, unknown>): GitlabValues['keys'] {
  return { username: text(keys.username), token: '' };
}

export const gitlabDefinition = defineProvider({
  id: 'gitlab',
  schema: gitlabSchema,
  defaults: gitlabDefaults,
  toKeys: gitlabToKeys,
  fromKeys: gitlabFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/gitlab',
    intro: gitlabStrings.intro,
    baseUrl: { required: false, help: gitlabStrings.baseUrlHelp, placeholder: 'https://gitlab.com' },
    fields: [
      { name: 'username', kind: 'text', label: gitlabStrings.username },
      { name: 'token', kind: 'secret', label: gitlabStrings.token, help: gitlabStrings.tokenHelp },
    ],
  },
});
