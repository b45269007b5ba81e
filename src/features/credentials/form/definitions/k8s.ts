import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { isPemCertificate, isPemPrivateKey } from '../pem';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { formStrings } from '../strings';

/** Kubernetes form strings. */
const k8sStrings = {
  intro: 'A service-account token, or a client certificate and key.',
  modeToken: 'Service account token',
  modeCertificate: 'Client certificate',
  token: 'Service account token',
  certificate: 'Client certificate (PEM)',
  privateKey: 'Client key (PEM)',
} as const;

export function k8sSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('k8s'),
      keys: z.object({
        // Not an API field: which of the two ways to authenticate the form shows.
        mode: z.enum(['token', 'certificate']),
        token: z.string(),
        certificate: z.string(),
        privateKey: z.string(),
      }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        const { keys } = values;
        const needed = secretNeeded(context, keys.mode);
        if (keys.mode === 'token') {
          checkSecret(keys.token, ['keys', 'token'], k8sStrings.token, needed, issues);
          return;
        }
        if (checkRequired(keys.certificate, ['keys', 'certificate'], k8sStrings.certificate, issues)) {
          if (!isPemCertificate(keys.certificate)) flag(issues, ['keys', 'certificate'], formStrings.errors.certificate);
        }
        checkSecret(keys.privateKey, ['keys', 'privateKey'], k8sStrings.privateKey, needed, issues, (v) =>
          isPemPrivateKey(v) ? null : formStrings.errors.pemKey,
        );
      }),
    );
}

export type K8sValues = z.input<ReturnType<typeof k8sSchema>>;

export function k8sDefaults(): K8sValues {
  return {
    provider: 'k8s',
    name: '',
    description: '',
    keys: { mode: 'token', token: '', certificate: '', privateKey: '' },
  };
}

export function k8sToKeys(keys: K8sValues['keys']): Record<string, unknown> {
  return keys.mode === 'token'
    ? compact({ token: keys.token })
    : compact({ certificate: keys.certificate, privateKey: keys.privateKey });
}

export function k8sFromKeys(keys: Record<string, unknown>): K8sValues['keys'] {
  const certificate = text(keys.certificate);
  return { mode: certificate === '' ? 'token' : 'certificate', token: '', certificate, privateKey: '' };
}

export const k8sDefinition = defineProvider({
  id: 'k8s',
  schema: k8sSchema,
  defaults: k8sDefaults,
  toKeys: k8sToKeys,
  fromKeys: k8sFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/compute-envs/k8s',
    intro: k8sStrings.intro,
    modes: [
      { value: 'token', label: k8sStrings.modeToken },
      { value: 'certificate', label: k8sStrings.modeCertificate },
    ],
    fields: [
      { name: 'token', kind: 'secret', label: k8sStrings.token, modes: ['token'] },
      { name: 'certificate', kind: 'text-multiline', label: k8sStrings.certificate, shape: 'certificate', modes: ['certificate'] },
      { name: 'privateKey', kind: 'secret-multiline', label: k8sStrings.privateKey, shape: 'pem-key', modes: ['certificate'] },
    ],
  },
});
