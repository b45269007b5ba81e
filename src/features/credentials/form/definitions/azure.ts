import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { azureBatchDocsUrl, azureStrings } from './azure-kit';

/** Azure shared-key strings, beside those of azure-kit.ts. */
const azureSharedKeyStrings = {
  ...azureStrings,
  variant: 'Shared keys',
  batchKey: 'Batch account key',
  storageKey: 'Storage account key',
} as const;

export function azureSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('azure'),
      keys: z.object({ batchName: z.string(), storageName: z.string(), batchKey: z.string(), storageKey: z.string() }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        const { keys } = values;
        checkRequired(keys.batchName, ['keys', 'batchName'], azureSharedKeyStrings.batchName, issues);
        checkRequired(keys.storageName, ['keys', 'storageName'], azureSharedKeyStrings.storageName, issues);
        checkSecret(keys.batchKey, ['keys', 'batchKey'], azureSharedKeyStrings.batchKey, secretNeeded(context), issues);
        checkSecret(keys.storageKey, ['keys', 'storageKey'], azureSharedKeyStrings.storageKey, secretNeeded(context), issues);
      }),
    );
}

export type AzureValues = z.input<ReturnType<typeof azureSchema>>;

const blankCommon = { name: '', description: '' };

export function azureDefaults(): AzureValues {
  return { ...blankCommon, provider: 'azure', keys: { batchName: '', storageName: '', batchKey: '', storageKey: '' } };
}

export const azureToKeys = (keys: AzureValues['keys']) => compact(keys);

export function azureFromKeys(keys: Record<string, unknown>): AzureValues['keys'] {
  return { batchName: text(keys.batchName), storageName: text(keys.storageName), batchKey: '', storageKey: '' };
}

export const azureDefinition = defineProvider({
  variant: { card: 'azure', cardTitle: azureSharedKeyStrings.title, label: azureSharedKeyStrings.variant },
  id: 'azure',
  schema: azureSchema,
  defaults: azureDefaults,
  toKeys: azureToKeys,
  fromKeys: azureFromKeys,
  ui: {
    docsUrl: azureBatchDocsUrl,
    intro: azureSharedKeyStrings.intro,
    fields: [
      { name: 'batchName', kind: 'text', label: azureSharedKeyStrings.batchName },
      { name: 'batchKey', kind: 'secret', label: azureSharedKeyStrings.batchKey },
      { name: 'storageName', kind: 'text', label: azureSharedKeyStrings.storageName },
      { name: 'storageKey', kind: 'secret', label: azureSharedKeyStrings.storageKey },
    ],
  },
});
