import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { bitbucketAuth } from '../../providers/bitbucket-auth';
import { strings } from '../strings';

const userPassword = z.object({ username: z.string(), password: z.string() });

/** GitHub, CodeCommit and Azure DevOps: a user name and a secret carried in `password`. */
function userPasswordSchema<P extends 'github' | 'codecommit' | 'azurerepos'>(
  provider: P,
  labels: { username: string; password: string },
  context: SchemaContext,
) {
  return z
    .object({ ...commonShape, provider: z.literal(provider), baseUrl: z.string(), keys: userPassword })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        checkBaseUrl(values.baseUrl, false, issues);
        checkRequired(values.keys.username, ['keys', 'username'], labels.username, issues);
        checkSecret(values.keys.password, ['keys', 'password'], labels.password, secretNeeded(context), issues);
      }),
    );
}

export const githubSchema = (context: SchemaContext) => userPasswordSchema('github', strings.providers.github, context);
export const codecommitSchema = (context: SchemaContext) =>
  userPasswordSchema('codecommit', strings.providers.codecommit, context);
export const azurereposSchema = (context: SchemaContext) =>
  userPasswordSchema('azurerepos', strings.providers.azurerepos, context);

export function gitlabSchema(context: SchemaContext) {
  const t = strings.providers.gitlab;
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
        checkRequired(values.keys.username, ['keys', 'username'], t.username, issues);
        checkSecret(values.keys.token, ['keys', 'token'], t.token, secretNeeded(context), issues);
      }),
    );
}

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

export type GithubValues = z.input<ReturnType<typeof githubSchema>>;
export type CodecommitValues = z.input<ReturnType<typeof codecommitSchema>>;
export type AzurereposValues = z.input<ReturnType<typeof azurereposSchema>>;
export type GitlabValues = z.input<ReturnType<typeof gitlabSchema>>;
export type BitbucketValues = z.input<ReturnType<typeof bitbucketSchema>>;
export type GiteaValues = z.input<ReturnType<typeof giteaSchema>>;

const blank = { name: '', description: '' };
const blankUser = { username: '', password: '' };

export const githubDefaults = (): GithubValues => ({
  ...blank,
  provider: 'github',
  baseUrl: 'https://github.com',
  keys: { ...blankUser },
});
export const codecommitDefaults = (): CodecommitValues => ({ ...blank, provider: 'codecommit', baseUrl: '', keys: { ...blankUser } });
export const azurereposDefaults = (): AzurereposValues => ({ ...blank, provider: 'azurerepos', baseUrl: '', keys: { ...blankUser } });
export const gitlabDefaults = (): GitlabValues => ({
  ...blank,
  provider: 'gitlab',
  baseUrl: 'https://gitlab.com',
  keys: { username: '', token: '' },
});
export const bitbucketDefaults = (): BitbucketValues => ({
  ...blank,
  provider: 'bitbucket',
  baseUrl: 'https://bitbucket.org',
  keys: { mode: 'token', username: '', token: '', password: '' },
});
export const giteaDefaults = (): GiteaValues => ({ ...blank, provider: 'gitea', baseUrl: '', keys: { ...blankUser, token: '' } });

export const userPasswordToKeys = (keys: { username: string; password: string }) => compact(keys);

export function userPasswordFromKeys(keys: Record<string, unknown>): { username: string; password: string } {
  return { username: text(keys.username), password: '' };
}

// GitLab's documentation asks for the token in both `token` and `password`; sending both
// keeps git-over-HTTPS and API access working with one value.
export function gitlabToKeys(keys: GitlabValues['keys']): Record<string, unknown> {
  return compact({ username: keys.username, token: keys.token, password: keys.token });
}

export function gitlabFromKeys(keys: Record<string, unknown>): GitlabValues['keys'] {
  return { username: text(keys.username), token: '' };
}

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

export const giteaToKeys = (keys: GiteaValues['keys']) => compact(keys);

export function giteaFromKeys(keys: Record<string, unknown>): GiteaValues['keys'] {
  return { username: text(keys.username), password: '', token: '' };
}

const github = strings.providers.github;
export const githubDefinition = defineProvider({
  variant: { card: 'github', cardTitle: github.title, label: github.variantToken },
  id: 'github',
  schema: githubSchema,
  defaults: githubDefaults,
  toKeys: userPasswordToKeys,
  fromKeys: userPasswordFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/github',
    intro: github.intro,
    baseUrl: { required: false, help: github.baseUrlHelp, placeholder: 'https://github.com' },
    fields: [
      { name: 'username', kind: 'text', label: github.username },
      { name: 'password', kind: 'secret', label: github.password, help: github.passwordHelp },
    ],
  },
});

const gitlab = strings.providers.gitlab;
export const gitlabDefinition = defineProvider({
  id: 'gitlab',
  schema: gitlabSchema,
  defaults: gitlabDefaults,
  toKeys: gitlabToKeys,
  fromKeys: gitlabFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/gitlab',
    intro: gitlab.intro,
    baseUrl: { required: false, help: gitlab.baseUrlHelp, placeholder: 'https://gitlab.com' },
    fields: [
      { name: 'username', kind: 'text', label: gitlab.username },
      { name: 'token', kind: 'secret', label: gitlab.token, help: gitlab.tokenHelp },
    ],
  },
});

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

const codecommit = strings.providers.codecommit;
export const codecommitDefinition = defineProvider({
  id: 'codecommit',
  schema: codecommitSchema,
  defaults: codecommitDefaults,
  toKeys: userPasswordToKeys,
  fromKeys: userPasswordFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/aws-codecommit',
    intro: codecommit.intro,
    baseUrl: { required: false, help: codecommit.baseUrlHelp, placeholder: 'https://git-codecommit.eu-west-1.amazonaws.com' },
    fields: [
      { name: 'username', kind: 'text', label: codecommit.username },
      { name: 'password', kind: 'secret', label: codecommit.password },
    ],
  },
});

const azurerepos = strings.providers.azurerepos;
export const azurereposDefinition = defineProvider({
  id: 'azurerepos',
  schema: azurereposSchema,
  defaults: azurereposDefaults,
  toKeys: userPasswordToKeys,
  fromKeys: userPasswordFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/azure-repos',
    intro: azurerepos.intro,
    baseUrl: { required: false, help: azurerepos.baseUrlHelp, placeholder: 'https://dev.azure.com/my-org/my-project' },
    fields: [
      { name: 'username', kind: 'text', label: azurerepos.username },
      { name: 'password', kind: 'secret', label: azurerepos.password },
    ],
  },
});
