import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';

/** S3-compatible storage form strings. */
const s3Strings = {
  intro: 'Access keys for MinIO, Ceph or another S3-compatible service.',
  accessKey: 'Access key',
  secretKey: 'Secret key',
  baseUrl: 'Endpoint URL',
  baseUrlHelp: 'Required: the storage endpoint, for example https://minio.example.com:9000.',
  pathStyleAccessEnabled: 'Use path-style access',
  pathStyleAccessEnabledHelp: 'Needed by most self-hosted services (MinIO, Ceph).',
} as const;

export function s3Schema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('s3'),
      baseUrl: z.string(),
      keys: z.object({ accessKey: z.string(), secretKey: z.string(), pathStyleAccessEnabled: z.boolean() }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        checkBaseUrl(values.baseUrl, true, issues);
        checkRequired(values.keys.accessKey, ['keys', 'accessKey'], s3Strings.accessKey, issues);
        checkSecret(values.keys.secretKey, ['keys', 'secretKey'], s3Strings.secretKey, secretNeeded(context), issues);
      }),
    );
}

export type S3Values = z.input<ReturnType<typeof s3Schema>>;

export function s3Defaults(): S3Values {
  return {
    provider: 's3',
    name: '',
    description: '',
    baseUrl: '',
    keys: { accessKey: '', secretKey: '', pathStyleAccessEnabled: true },
  };
}

export const s3ToKeys = (keys: S3Values['keys']) => compact(keys);

export function s3FromKeys(keys: Record<string, unknown>): S3Values['keys'] {
  return { accessKey: text(keys.accessKey), secretKey: '', pathStyleAccessEnabled: keys.pathStyleAccessEnabled === true };
}

export const s3Definition = defineProvider({
  id: 's3',
  schema: s3Schema,
  defaults: s3Defaults,
  toKeys: s3ToKeys,
  fromKeys: s3FromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/credentials/aws_s3_credentials',
    intro: s3Strings.intro,
    baseUrl: { required: true, label: s3Strings.baseUrl, help: s3Strings.baseUrlHelp, placeholder: 'https://minio.example.com:9000' },
    fields: [
      { name: 'accessKey', kind: 'text', label: s3Strings.accessKey },
      { name: 'secretKey', kind: 'secret', label: s3Strings.secretKey },
      { name: 'pathStyleAccessEnabled', kind: 'switch', label: s3Strings.pathStyleAccessEnabled, help: s3Strings.pathStyleAccessEnabledHelp },
    ],
  },
});
