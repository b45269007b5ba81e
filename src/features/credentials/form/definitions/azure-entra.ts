import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { azureBatchDocsUrl, azureStrings, checkUuid, entraFields } from './azure-kit';

/** Azure Entra strings, beside those of azure-kit.ts. */
const azureEntraStrings = {
  ...azureStrings,
  variant: 'Entra service principal',
} as const;

export function azureEntraSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('azure_entra'),
      keys: z.object({
        batchName: z.string(),
        storageName: z.string(),
        tenantId: z.string(),
        clientId: z.string(),
        clientSecret: z.string(),
      }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        const { keys } = values;
        checkRequired(keys.batchName, ['keys', 'batchName'], azureEntraStrings.batchName, issues);
        checkRequired(keys.storageName, ['keys', 'storageName'], azureEntraStrings.storageName, issues);
        checkUuid(keys.tenantId, 'tenantId', azureEntraStrings.tenantId, issues);
        checkUuid(keys.clientId, 'clientId', azureEntraStrings.clientId, issues);
        checkSecret(keys.clientSecret, ['keys', 'clientSecret'], azureEntraStrings.clientSecret, secretNeeded(context), issues);
      }),
    );
}

export type AzureEntraValues = z.input<ReturnType<typeof azureEntraSchema>>;

const blankCommon = { name: '', description: '' };

export function azureEntraDefaults(): AzureEntraValues {
  return {
    ...blankCommon,
    provider: 'azure_entra',
    keys: { batchName: '', storageName: '', tenantId: '', clientId: '', clientSecret: '' },
  };
}

export const azureEntraToKeys = (keys: AzureEntraValues['keys']) => compact(keys);

export function azureEntraFromKeys(keys: Record<string, unknown>): AzureEntraValues['keys'] {
  return {
    batchName: text(keys.batchName),
    storageName: text(keys.storageName),
    tenantId: text(keys.tenantId),
    clientId: text(keys.clientId),
    clientSecret: '',
  };
}

export const azureEntraDefinition = defineProvider({
  variant: { card: 'azure', cardTitle: azureEntraStrings.title, label: azureEntraStrings.variant },
  id: 'azure_entra',
  schema: azureEntraSchema,
  defaults: azureEntraDefaults,
  toKeys: azureEntraToKeys,
  fromKeys: azureEntraFromKeys,
  ui: {
    docsUrl: azureBatchDocsUrl,
    intro: azureEntraStrings.intro,
    fields: [
      { name: 'batchName', kind: 'text', label: azureEntraStrings.batchName },
      { name: 'storageName', kind: 'text', label: azureEntraStrings.storageName },
      ...entraFields,
    ],
  },
});
