import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { googleKeyProblem, serviceAccountEmailPattern, wifProviderPattern } from '../formats';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';

const t = strings.providers.google;

export function googleKeyMessage(value: string): string | null {
  switch (googleKeyProblem(value)) {
    case 'json':
      return strings.errors.googleJson;
    case 'type':
      return strings.errors.googleType;
    case 'fields':
      return strings.errors.googleFields;
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
          checkSecret(keys.data, ['keys', 'data'], t.data, secretNeeded(context, keys.mode), issues, googleKeyMessage);
          return;
        }
        if (checkRequired(keys.serviceAccountEmail, ['keys', 'serviceAccountEmail'], t.serviceAccountEmail, issues)) {
          if (!serviceAccountEmailPattern.test(keys.serviceAccountEmail)) {
            flag(issues, ['keys', 'serviceAccountEmail'], strings.errors.serviceAccountEmail);
          }
        }
        const wif = keys.workloadIdentityProvider;
        if (checkRequired(wif, ['keys', 'workloadIdentityProvider'], t.workloadIdentityProvider, issues)) {
          if (!wifProviderPattern.test(wif)) flag(issues, ['keys', 'workloadIdentityProvider'], strings.errors.wifProvider);
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
    intro: t.intro,
    modes: [
      { value: 'key', label: t.modeKey },
      { value: 'wif', label: t.modeWif },
    ],
    fields: [
      { name: 'data', kind: 'secret-multiline', label: t.data, help: t.dataHelp, shape: 'google-json', modes: ['key'] },
      { name: 'serviceAccountEmail', kind: 'text', label: t.serviceAccountEmail, help: t.serviceAccountEmailHelp, modes: ['wif'] },
      {
        name: 'workloadIdentityProvider',
        kind: 'text',
        label: t.workloadIdentityProvider,
        help: t.workloadIdentityProviderHelp,
        modes: ['wif'],
      },
      { name: 'tokenAudience', kind: 'text', label: t.tokenAudience, optional: true, modes: ['wif'] },
    ],
  },
});
