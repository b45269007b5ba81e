import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { googleKeyProblem, serviceAccountEmailPattern, wifProviderPattern } from '../formats';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';

/** Google Cloud form strings. */
const googleStrings = {
  intro: 'A service-account key file, or workload identity federation without a stored key.',
  modeKey: 'Service account key',
  modeWif: 'Workload identity federation',
  data: 'Service account key (JSON)',
  dataHelp: 'The JSON key file downloaded from IAM › Service accounts › Keys.',
  serviceAccountEmail: 'Service account e-mail',
  serviceAccountEmailHelp: 'Ends in .iam.gserviceaccount.com.',
  workloadIdentityProvider: 'Workload identity provider',
  workloadIdentityProviderHelp: 'projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>',
  tokenAudience: 'Token audience (optional)',
  errors: {
    json: 'The key is not valid JSON. Paste the whole key file downloaded from Google Cloud.',
    type: 'This JSON is not a service-account key ("type" must be "service_account").',
    fields: 'The key file lacks project_id, private_key or client_email.',
    wifProvider: 'Use projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.',
    serviceAccountEmail: 'A service-account e-mail ends in .iam.gserviceaccount.com.',
  },
} as const;

export function googleKeyMessage(value: string): string | null {
  switch (googleKeyProblem(value)) {
    case 'json':
      return googleStrings.errors.json;
    case 'type':
      return googleStrings.errors.type;
    case 'fields':
      return googleStrings.errors.fields;
    case null:
      return null;
  }
}

export function googleSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('google'),
      keys: z.object({
        // Not an API field: which of the two ways to authenticate the form shows.
        mode: z.enum(['key', 'wif']),
        data: z.string(),
        serviceAccountEmail: z.string(),
        workloadIdentityProvider: z.string(),
        tokenAudience: z.string(),
      }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        const { keys } = values;
        if (keys.mode === 'key') {
          checkSecret(keys.data, ['keys', 'data'], googleStrings.data, secretNeeded(context, keys.mode), issues, googleKeyMessage);
          return;
        }
        if (checkRequired(keys.serviceAccountEmail, ['keys', 'serviceAccountEmail'], googleStrings.serviceAccountEmail, issues)) {
          if (!serviceAccountEmailPattern.test(keys.serviceAccountEmail)) {
            flag(issues, ['keys', 'serviceAccountEmail'], googleStrings.errors.serviceAccountEmail);
          }
        }
        const wif = keys.workloadIdentityProvider;
        if (checkRequired(wif, ['keys', 'workloadIdentityProvider'], googleStrings.workloadIdentityProvider, issues)) {
          if (!wifProviderPattern.test(wif)) flag(issues, ['keys', 'workloadIdentityProvider'], googleStrings.errors.wifProvider);
        }
      }),
    );
}

export type GoogleValues = z.input<ReturnType<typeof googleSchema>>;

export function googleDefaults(): GoogleValues {
  return {
    provider: 'google',
    name: '',
    description: '',
    keys: { mode: 'key', data: '', serviceAccountEmail: '', workloadIdentityProvider: '', tokenAudience: '' },
  };
}

export function googleToKeys(keys: GoogleValues['keys']): Record<string, unknown> {
  if (keys.mode === 'key') return compact({ data: keys.data });
  return compact({
    serviceAccountEmail: keys.serviceAccountEmail,
    workloadIdentityProvider: keys.workloadIdentityProvider,
    tokenAudience: keys.tokenAudience,
  });
}

export function googleFromKeys(keys: Record<string, unknown>): GoogleValues['keys'] {
  const workloadIdentityProvider = text(keys.workloadIdentityProvider);
  return {
    mode: workloadIdentityProvider === '' ? 'key' : 'wif',
    data: '',
    serviceAccountEmail: text(keys.serviceAccountEmail),
    workloadIdentityProvider,
    tokenAudience: text(keys.tokenAudience),
  };
}

export const googleDefinition = defineProvider({
  id: 'google',
  schema: googleSchema,
  defaults: googleDefaults,
  toKeys: googleToKeys,
  fromKeys: googleFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/compute-envs/google-cloud-batch',
    intro: googleStrings.intro,
    modes: [
      { value: 'key', label: googleStrings.modeKey },
      { value: 'wif', label: googleStrings.modeWif },
    ],
    fields: [
      { name: 'data', kind: 'secret-multiline', label: googleStrings.data, help: googleStrings.dataHelp, shape: 'google-json', modes: ['key'] },
      { name: 'serviceAccountEmail', kind: 'text', label: googleStrings.serviceAccountEmail, help: googleStrings.serviceAccountEmailHelp, modes: ['wif'] },
      {
        name: 'workloadIdentityProvider',
        kind: 'text',
        label: googleStrings.workloadIdentityProvider,
        help: googleStrings.workloadIdentityProviderHelp,
        modes: ['wif'],
      },
      { name: 'tokenAudience', kind: 'text', label: googleStrings.tokenAudience, optional: true, modes: ['wif'] },
    ],
  },
});
