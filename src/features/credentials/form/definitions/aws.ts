import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { awsAccessKeyPattern, awsRoleArnPattern, awsSecretKeyMinLength } from '../formats';
import {
  checkCommon,
  checkRequired,
  checkSecret,
  commonShape,
  compact,
  flag,
  secretNeeded,
  text,
  type SchemaContext,
} from '../schema-kit';
import { strings } from '../strings';

const t = strings.providers.aws;

export function awsSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('aws'),
      keys: z.object({
        mode: z.enum(['keys', 'role']),
        accessKey: z.string(),
        secretKey: z.string(),
        assumeRoleArn: z.string(),
        useExternalId: z.boolean(),
      }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        const { keys } = values;
        const arnTyped = keys.assumeRoleArn !== '';
        if (arnTyped && !awsRoleArnPattern.test(keys.assumeRoleArn)) {
          flag(issues, ['keys', 'assumeRoleArn'], strings.errors.awsRoleArn);
        }
        if (keys.mode === 'role') {
          checkRequired(keys.assumeRoleArn, ['keys', 'assumeRoleArn'], t.assumeRoleArn, issues);
          if (keys.accessKey !== '') flag(issues, ['keys', 'accessKey'], strings.errors.awsRoleForbidsKeys);
          if (keys.secretKey !== '') flag(issues, ['keys', 'secretKey'], strings.errors.awsRoleForbidsKeys);
          return;
        }
        if (checkRequired(keys.accessKey, ['keys', 'accessKey'], t.accessKey, issues)) {
          if (!awsAccessKeyPattern.test(keys.accessKey)) flag(issues, ['keys', 'accessKey'], strings.errors.awsAccessKey);
        }
        checkSecret(keys.secretKey, ['keys', 'secretKey'], t.secretKey, secretNeeded(context, keys.mode), issues, (v) =>
          v.length < awsSecretKeyMinLength ? strings.errors.awsSecretKey : null,
        );
        if (keys.useExternalId && !arnTyped) {
          flag(issues, ['keys', 'useExternalId'], strings.errors.awsExternalIdNeedsRole);
        }
      }),
    );
}

export type AwsValues = z.input<ReturnType<typeof awsSchema>>;

export function awsDefaults(): AwsValues {
  return {
    provider: 'aws',
    name: '',
    description: '',
    keys: { mode: 'keys', accessKey: '', secretKey: '', assumeRoleArn: '', useExternalId: false },
  };
}

/** Role mode always asks for an External ID; keys mode only when the switch is on with an ARN. */
export function awsUsesExternalId(keys: AwsValues['keys']): boolean {
  if (keys.mode === 'role') return true;
  return keys.useExternalId && keys.assumeRoleArn !== '';
}

export function awsToKeys(keys: AwsValues['keys']): Record<string, unknown> {
  if (keys.mode === 'role') return { mode: 'role', assumeRoleArn: keys.assumeRoleArn };
  return compact({
    mode: 'keys',
    accessKey: keys.accessKey,
    secretKey: keys.secretKey,
    assumeRoleArn: keys.assumeRoleArn,
  });
}

export function awsFromKeys(keys: Record<string, unknown>): AwsValues['keys'] {
  const accessKey = text(keys.accessKey);
  const assumeRoleArn = text(keys.assumeRoleArn);
  // Older credentials have no mode (absent or null): a role ARN without an access key means role mode.
  const mode = keys.mode === 'role' || (keys.mode !== 'keys' && accessKey === '' && assumeRoleArn !== '') ? 'role' : 'keys';
  return { mode, accessKey, secretKey: '', assumeRoleArn, useExternalId: text(keys.externalId) !== '' };
}

export const awsDefinition = defineProvider({
  id: 'aws',
  schema: awsSchema,
  defaults: awsDefaults,
  toKeys: awsToKeys,
  fromKeys: awsFromKeys,
  usesExternalId: awsUsesExternalId,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/compute-envs/aws-batch',
    intro: t.intro,
    modes: [
      { value: 'keys', label: t.modeKeys },
      { value: 'role', label: t.modeRole },
    ],
    fields: [
      { name: 'accessKey', kind: 'text', label: t.accessKey, help: t.accessKeyHelp, modes: ['keys'] },
      { name: 'secretKey', kind: 'secret', label: t.secretKey, modes: ['keys'] },
      { name: 'assumeRoleArn', kind: 'text', label: t.assumeRoleArn, help: t.assumeRoleArnHelpKeys, optional: true, modes: ['keys'] },
      { name: 'assumeRoleArn', kind: 'text', label: t.assumeRoleArn, help: t.assumeRoleArnHelpRole, modes: ['role'] },
      { name: 'useExternalId', kind: 'external-id-switch', label: t.useExternalId, help: t.useExternalIdHelp },
    ],
  },
});
