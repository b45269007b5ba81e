import type * as z from 'zod/mini';
import type { FieldSpec } from '../definition';
import { uuidPattern } from '../formats';
import { checkRequired, flag } from '../schema-kit';
import { strings } from '../strings';

/** What Azure's three providers share: UUID checks, the Entra service-principal fields, the Batch docs link. */
const t = strings.providers.azure;
type Issues = z.core.$RefinementCtx;

export function checkUuid(value: string, name: string, label: string, issues: Issues): void {
  if (checkRequired(value, ['keys', name], label, issues) && !uuidPattern.test(value)) {
    flag(issues, ['keys', name], strings.errors.uuid(label));
  }
}

export const azureBatchDocsUrl = 'https://docs.seqera.io/platform-cloud/compute-envs/azure-batch';

export const entraFields: readonly FieldSpec<'tenantId' | 'clientId' | 'clientSecret'>[] = [
  { name: 'tenantId', kind: 'text', label: t.tenantId, help: t.uuidHelp },
  { name: 'clientId', kind: 'text', label: t.clientId, help: t.uuidHelp },
  { name: 'clientSecret', kind: 'secret', label: t.clientSecret },
];
