import * as z from 'zod/mini';
import { defineProvider, type FieldSpec } from '../definition';
import { uuidPattern } from '../formats';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';

const t = strings.providers.azure;
type Issues = z.core.$RefinementCtx;

function checkUuid(value: string, name: string, label: string, issues: Issues): void {
  if (checkRequired(value, ['keys', name], label, issues) && !uuidPattern.test(value)) {
    flag(issues, ['keys', name], strings.errors.uuid(label));
  }
}

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
        checkRequired(keys.batchName, ['keys', 'batchName'], t.batchName, issues);
        checkRequired(keys.storageName, ['keys', 'storageName'], t.storageName, issues);
        checkUuid(keys.tenantId, 'tenantId', t.tenantId, issues);
        checkUuid(keys.clientId, 'clientId', t.clientId, issues);
        checkSecret(keys.clientSecret, ['keys', 'clientSecret'], t.clientSecret, secretNeeded(context), issues);
      }),
    );
}

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
        checkUuid(keys.subscriptionId, 'subscriptionId', t.subscriptionId, issues);
        checkRequired(keys.storageName, ['keys', 'storageName'], t.storageName, issues);
        checkUuid(keys.tenantId, 'tenantId', t.tenantId, issues);
        checkUuid(keys.clientId, 'clientId', t.clientId, issues);
        checkSecret(keys.clientSecret, ['keys', 'clientSecret'], t.clientSecret, secretNeeded(context), issues);
      }),
    );
}

export type AzureValues = z.input<ReturnType<typeof azureSchema>>;
export type AzureEntraValues = z.input<ReturnType<typeof azureEntraSchema>>;
export type AzureCloudValues = z.input<ReturnType<typeof azureCloudSchema>>;

const blankCommon = { name: '', description: '' };

export function azureDefaults(): AzureValues {
  return { ...blankCommon, provider: 'azure', keys: { batchName: '', storageName: '', batchKey: '', storageKey: '' } };
}

export function azureEntraDefaults(): AzureEntraValues {
  return {
    ...blankCommon,
    provider: 'azure_entra',
    keys: { batchName: '', storageName: '', tenantId: '', clientId: '', clientSecret: '' },
  };
}

export function azureCloudDefaults(): AzureCloudValues {
  return {
    ...blankCommon,
    provider: 'azure-cloud',
    keys: { subscriptionId: '', storageName: '', tenantId: '', clientId: '', clientSecret: '', batchName: '' },
  };
}

export const azureToKeys = (keys: AzureValues['keys']) => compact(keys);
export const azureEntraToKeys = (keys: AzureEntraValues['keys']) => compact(keys);
export const azureCloudToKeys = (keys: AzureCloudValues['keys']) => compact(keys);

export function azureFromKeys(keys: Record<string, unknown>): AzureValues['keys'] {
  return { batchName: text(keys.batchName), storageName: text(keys.storageName), batchKey: '', storageKey: '' };
}

export function azureEntraFromKeys(keys: Record<string, unknown>): AzureEntraValues['keys'] {
  return {
    batchName: text(keys.batchName),
    storageName: text(keys.storageName),
    tenantId: text(keys.tenantId),
    clientId: text(keys.clientId),
    clientSecret: '',
  };
}

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

const docsUrl = 'https://docs.seqera.io/platform-cloud/compute-envs/azure-batch';
const entraFields: readonly FieldSpec<'tenantId' | 'clientId' | 'clientSecret'>[] = [
  { name: 'tenantId', kind: 'text', label: t.tenantId, help: t.uuidHelp },
  { name: 'clientId', kind: 'text', label: t.clientId, help: t.uuidHelp },
  { name: 'clientSecret', kind: 'secret', label: t.clientSecret },
];

export const azureDefinition = defineProvider({
  variant: { card: 'azure', cardTitle: t.title, label: t.variantShared },
  id: 'azure',
  schema: azureSchema,
  defaults: azureDefaults,
  toKeys: azureToKeys,
  fromKeys: azureFromKeys,
  ui: {
    docsUrl,
    intro: t.intro,
    fields: [
      { name: 'batchName', kind: 'text', label: t.batchName },
      { name: 'batchKey', kind: 'secret', label: t.batchKey },
      { name: 'storageName', kind: 'text', label: t.storageName },
      { name: 'storageKey', kind: 'secret', label: t.storageKey },
    ],
  },
});

export const azureEntraDefinition = defineProvider({
  variant: { card: 'azure', cardTitle: t.title, label: t.variantEntra },
  id: 'azure_entra',
  schema: azureEntraSchema,
  defaults: azureEntraDefaults,
  toKeys: azureEntraToKeys,
  fromKeys: azureEntraFromKeys,
  ui: {
    docsUrl,
    intro: t.intro,
    fields: [
      { name: 'batchName', kind: 'text', label: t.batchName },
      { name: 'storageName', kind: 'text', label: t.storageName },
      ...entraFields,
    ],
  },
});

export const azureCloudDefinition = defineProvider({
  variant: { card: 'azure', cardTitle: t.title, label: t.variantCloud },
  id: 'azure-cloud',
  schema: azureCloudSchema,
  defaults: azureCloudDefaults,
  toKeys: azureCloudToKeys,
  fromKeys: azureCloudFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/compute-envs/azure-cloud',
    intro: t.intro,
    fields: [
      { name: 'subscriptionId', kind: 'text', label: t.subscriptionId, help: t.uuidHelp },
      { name: 'storageName', kind: 'text', label: t.storageName },
      ...entraFields,
      { name: 'batchName', kind: 'text', label: t.batchNameOptional, optional: true },
    ],
  },
});
