import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { isPemPrivateKey } from '../pem';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { formStrings } from '../strings';
import { githubStrings } from './github';

/** GitHub App strings; the card title, intro and base-URL help are GitHub's (github.ts). */
const githubAppStrings = {
  variantApp: 'GitHub App',
  appId: 'App ID',
  clientId: 'Client ID',
  privateKey: 'Private key (PEM)',
  privateKeyHelp: 'The .pem file generated in the app’s settings.',
  slug: 'App slug (optional)',
  appClientSecret: 'Client secret (optional)',
  webhookSecret: 'Webhook secret (optional)',
} as const;

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
        checkRequired(keys.appId, ['keys', 'appId'], githubAppStrings.appId, issues);
        checkRequired(keys.clientId, ['keys', 'clientId'], githubAppStrings.clientId, issues);
        checkSecret(keys.privateKey, ['keys', 'privateKey'], githubAppStrings.privateKey, secretNeeded(context), issues, (v) =>
          isPemPrivateKey(v) ? null : formStrings.errors.pemKey,
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
  variant: { card: 'github', cardTitle: githubStrings.title, label: githubAppStrings.variantApp },
  id: 'github_app',
  schema: githubAppSchema,
  defaults: githubAppDefaults,
  toKeys: githubAppToKeys,
  fromKeys: githubAppFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/github',
    intro: githubStrings.intro,
    baseUrl: { required: false, help: githubStrings.baseUrlHelp, placeholder: 'https://github.com' },
    fields: [
      { name: 'appId', kind: 'text', label: githubAppStrings.appId },
      { name: 'clientId', kind: 'text', label: githubAppStrings.clientId },
      { name: 'privateKey', kind: 'secret-multiline', label: githubAppStrings.privateKey, help: githubAppStrings.privateKeyHelp, shape: 'pem-key' },
      { name: 'slug', kind: 'text', label: githubAppStrings.slug, optional: true },
      { name: 'clientSecret', kind: 'secret', label: githubAppStrings.appClientSecret, optional: true },
      { name: 'webhookSecret', kind: 'secret', label: githubAppStrings.webhookSecret, optional: true },
    ],
  },
});
