import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { azureStrings, checkUuid, entraFields } from './azure-kit';

/** Azure Cloud strings, beside those of azure-kit.ts. */
const azureCloudStrings = {
  ...azureStrings,
  variant: 'Azure Cloud (single VM)',
  subscriptionId: 'Subscription ID',
  batchNameOptional: 'Batch account name (optional)',
} as const;

export function azureCloudSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('azure-cloud'),
      keys: z.object({
        subscriptionId: z.string(),
        storageName: z.string(),
        tenantId: z.string(),
        clientId: z.string(),
        clientSecret: z.string(),
        batchName: z.string(),
      }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        const { keys } = values;
        checkUuid(keys.subscriptionId, 'subscriptionId', azureCloudStrings.subscriptionId, issues);
        checkRequired(keys.storageName, ['keys', 'storageName'], azureCloudStrings.storageName, issues);
        checkUuid(keys.tenantId, 'tenantId', azureCloudStrings.tenantId, issues);
        checkUuid(keys.clientId, 'clientId', azureCloudStrings.clientId, issues);
        checkSecret(keys.clientSecret, ['keys', 'clientSecret'], azureCloudStrings.clientSecret, secretNeeded(context), issues);
      }),
    );
}

export type AzureCloudValues = z.input<ReturnType<typeof azureCloudSchema>>;

const blankCommon = { name: '', description: '' };

export function azureCloudDefaults(): AzureCloudValues {
  return {
    ...blankCommon,
    provider: 'azure-cloud',
    keys: { subscriptionId: '', storageName: '', tenantId: '', clientId: '', clientSecret: '', batchName: '' },
  };
}

export const azureCloudToKeys = (keys: AzureCloudValues['keys']) => compact(keys);

export function azureCloudFromKeys(keys: Record<string, unknown>): AzureCloudValues['keys'] {
  return {
    subscriptionId: text(keys.subscriptionId),
    storageName: text(keys.storageName),
    tenantId: text(keys.tenantId),
    clientId: text(keys.clientId),
    clientSecret: '',
    batchName: text(keys.batchName),
  };
}

export const azureCloudDefinition = defineProvider({
  variant: { card: 'azure', cardTitle: azureCloudStrings.title, label: azureCloudStrings.variant },
  id: 'azure-cloud',
  schema: azureCloudSchema,
  defaults: azureCloudDefaults,
  toKeys: azureCloudToKeys,
  fromKeys: azureCloudFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/compute-envs/azure-cloud',
    intro: azureCloudStrings.intro,
    fields: [
      { name: 'subscriptionId', kind: 'text', label: azureCloudStrings.subscriptionId, help: azureCloudStrings.uuidHelp },
      { name: 'storageName', kind: 'text', label: azureCloudStrings.storageName },
      ...entraFields,
      { name: 'batchName', kind: 'text', label: azureCloudStrings.batchNameOptional, optional: true },
    ],
  },
});
