import type * as z from 'zod/mini';
import type { FieldSpec } from '../definition';
import { uuidPattern } from '../formats';
import { checkRequired, flag } from '../schema-kit';
import { formStrings } from '../strings';

/** What Azure's three providers share: strings, UUID checks, the Entra service-principal fields, the Batch docs link. */

export const azureStrings = {
  title: 'Azure',
  intro: 'Azure Batch and Storage, with shared keys or an Entra service principal.',
  batchName: 'Batch account name',
  storageName: 'Storage account name',
  tenantId: 'Tenant ID',
  clientId: 'Client (application) ID',
  clientSecret: 'Client secret',
  uuidHelp: 'A UUID from the Azure portal.',
} as const;

type Issues = z.core.$RefinementCtx;

export function checkUuid(value: string, name: string, label: string, issues: Issues): void {
  if (checkRequired(value, ['keys', name], label, issues) && !uuidPattern.test(value)) {
    flag(issues, ['keys', name], formStrings.errors.uuid(label));
  }
}

export const azureBatchDocsUrl = 'https://docs.seqera.io/platform-cloud/compute-envs/azure-batch';

export const entraFields: readonly FieldSpec<'tenantId' | 'clientId' | 'clientSecret'>[] = [
  { name: 'tenantId', kind: 'text', label: azureStrings.tenantId, help: azureStrings.uuidHelp },
  { name: 'clientId', kind: 'text', label: azureStrings.clientId, help: azureStrings.uuidHelp },
  { name: 'clientSecret', kind: 'secret', label: azureStrings.clientSecret },
];
