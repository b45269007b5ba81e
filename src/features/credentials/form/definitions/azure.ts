import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';
import { azureBatchDocsUrl } from './azure-kit';

const t = strings.providers.azure;

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
        checkRequired(keys.batchName, ['keys', 'batchName'], t.batchName, issues);
        checkRequired(keys.storageName, ['keys', 'storageName'], t.storageName, issues);
        checkSecret(keys.batchKey, ['keys', 'batchKey'], t.batchKey, secretNeeded(context), issues);
        checkSecret(keys.storageKey, ['keys', 'storageKey'], t.storageKey, secretNeeded(context), issues);
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
  variant: { card: 'azure', cardTitle: t.title, label: t.variantShared },
  id: 'azure',
  schema: azureSchema,
  defaults: azureDefaults,
  toKeys: azureToKeys,
  fromKeys: azureFromKeys,
  ui: {
    docsUrl: azureBatchDocsUrl,
    intro: t.intro,
    fields: [
      { name: 'batchName', kind: 'text', label: t.batchName },
      { name: 'batchKey', kind: 'secret', label: t.batchKey },
      { name: 'storageName', kind: 'text', label: t.storageName },
      { name: 'storageKey', kind: 'secret', label: t.storageKey },
    ],
  },
});
