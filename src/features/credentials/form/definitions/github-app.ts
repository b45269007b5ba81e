import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { isPemPrivateKey } from '../pem';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';

const t = strings.providers.github;

export function githubAppSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('github_app'),
      baseUrl: z.string(),
      keys: z.object({
        appId: z.string(),
        clientId: z.string(),
        privateKey: z.string(),
        slug: z.string(),
        clientSecret: z.string(),
        webhookSecret: z.string(),
      }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        checkBaseUrl(values.baseUrl, false, issues);
        const { keys } = values;
        checkRequired(keys.appId, ['keys', 'appId'], t.appId, issues);
        checkRequired(keys.clientId, ['keys', 'clientId'], t.clientId, issues);
        checkSecret(keys.privateKey, ['keys', 'privateKey'], t.privateKey, secretNeeded(context), issues, (v) =>
          isPemPrivateKey(v) ? null : strings.errors.pemKey,
        );
      }),
    );
}

export type GithubAppValues = z.input<ReturnType<typeof githubAppSchema>>;

export function githubAppDefaults(): GithubAppValues {
  return {
    provider: 'github_app',
    name: '',
    description: '',
    baseUrl: 'https://github.com',
    keys: { appId: '', clientId: '', privateKey: '', slug: '', clientSecret: '', webhookSecret: '' },
  };
}

export const githubAppToKeys = (keys: GithubAppValues['keys']) => compact(keys);

export function githubAppFromKeys(keys: Record<string, unknown>): GithubAppValues['keys'] {
  return {
    appId: text(keys.appId),
    clientId: text(keys.clientId),
    privateKey: '',
    slug: text(keys.slug),
    clientSecret: '',
    webhookSecret: '',
  };
}

export const githubAppDefinition = defineProvider({
  variant: { card: 'github', cardTitle: strings.providers.github.title, label: strings.providers.github.variantApp },
  id: 'github_app',
  schema: githubAppSchema,
  defaults: githubAppDefaults,
  toKeys: githubAppToKeys,
  fromKeys: githubAppFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/github',
    intro: t.intro,
    baseUrl: { required: false, help: t.baseUrlHelp, placeholder: 'https://github.com' },
    fields: [
      { name: 'appId', kind: 'text', label: t.appId },
      { name: 'clientId', kind: 'text', label: t.clientId },
      { name: 'privateKey', kind: 'secret-multiline', label: t.privateKey, help: t.privateKeyHelp, shape: 'pem-key' },
      { name: 'slug', kind: 'text', label: t.slug, optional: true },
      { name: 'clientSecret', kind: 'secret', label: t.appClientSecret, optional: true },
      { name: 'webhookSecret', kind: 'secret', label: t.webhookSecret, optional: true },
    ],
  },
});
