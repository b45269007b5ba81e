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
/** AWS form strings. */
export const awsStrings = {
  intro: 'Access keys of an IAM user, or an IAM role that Seqera assumes.',
  modeKeys: 'Keys',
  modeRole: 'Role',
  accessKey: 'Access key ID',
  accessKeyHelp: 'Starts with AKIA, ASIA or AIDA.',
  secretKey: 'Secret access key',
  assumeRoleArn: 'IAM role ARN',
  assumeRoleArnHelpKeys: 'Optional: a role to assume with these keys.',
  assumeRoleArnHelpRole: 'The role Seqera assumes; its trust policy must allow Seqera.',
  useExternalId: 'Generate External ID',
  useExternalIdHelp: 'Seqera generates an External ID when you save; add it to the role’s trust policy.',
  externalIdImplied: 'Seqera generates an External ID for this role when you save and shows the trust policy to apply.',
  errors: {
    accessKey: 'An access key ID starts with AKIA, ASIA or AIDA followed by at least 16 capital letters or digits.',
    secretKey: 'A secret access key is at least 40 characters long.',
    roleArn: 'Enter an IAM role ARN such as arn:aws:iam::123456789012:role/name (aws-cn and aws-us-gov work too).',
    roleForbidsKeys: 'Role mode uses no access keys; remove it or switch to Keys mode.',
    externalIdNeedsRole: 'Generating an External ID needs a role ARN.',
  },
} as const;

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
          flag(issues, ['keys', 'assumeRoleArn'], awsStrings.errors.roleArn);
        }
        if (keys.mode === 'role') {
          checkRequired(keys.assumeRoleArn, ['keys', 'assumeRoleArn'], awsStrings.assumeRoleArn, issues);
          if (keys.accessKey !== '') flag(issues, ['keys', 'accessKey'], awsStrings.errors.roleForbidsKeys);
          if (keys.secretKey !== '') flag(issues, ['keys', 'secretKey'], awsStrings.errors.roleForbidsKeys);
          return;
        }
        if (checkRequired(keys.accessKey, ['keys', 'accessKey'], awsStrings.accessKey, issues)) {
          if (!awsAccessKeyPattern.test(keys.accessKey)) flag(issues, ['keys', 'accessKey'], awsStrings.errors.accessKey);
        }
        checkSecret(keys.secretKey, ['keys', 'secretKey'], awsStrings.secretKey, secretNeeded(context, keys.mode), issues, (v) =>
          v.length < awsSecretKeyMinLength ? awsStrings.errors.secretKey : null,
        );
        if (keys.useExternalId && !arnTyped) {
          flag(issues, ['keys', 'useExternalId'], awsStrings.errors.externalIdNeedsRole);
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
    intro: awsStrings.intro,
    modes: [
      { value: 'keys', label: awsStrings.modeKeys },
      { value: 'role', label: awsStrings.modeRole },
    ],
    fields: [
      { name: 'accessKey', kind: 'text', label: awsStrings.accessKey, help: awsStrings.accessKeyHelp, modes: ['keys'] },
      { name: 'secretKey', kind: 'secret', label: awsStrings.secretKey, modes: ['keys'] },
      { name: 'assumeRoleArn', kind: 'text', label: awsStrings.assumeRoleArn, help: awsStrings.assumeRoleArnHelpKeys, optional: true, modes: ['keys'] },
      { name: 'assumeRoleArn', kind: 'text', label: awsStrings.assumeRoleArn, help: awsStrings.assumeRoleArnHelpRole, modes: ['role'] },
      { name: 'useExternalId', kind: 'external-id-switch', label: awsStrings.useExternalId, help: awsStrings.useExternalIdHelp },
    ],
  },
});
