import { runPool } from '../../../lib/run-pool';
import { ApiError } from '../../../lib/api-client';
import { createCredentials } from '../api/credentials-write-api';
import type { CredentialFormValues } from '../form/form-schema';
import { toCredentialsRequest } from '../form/mappers';
import { importStrings } from './strings';

/** Creates at most this many credentials at once. */
export const CREATE_CONCURRENCY = 3;

export type CreateOutcome = { status: 'created'; id: string | undefined } | { status: 'failed'; message: string };

/** One create, through the same mapping as the form's save; errors become a failed outcome with the API's message. */
export async function createOne(values: CredentialFormValues, workspaceId: number | undefined): Promise<CreateOutcome> {
  try {
    const { body, useExternalId } = toCredentialsRequest(values);
    return { status: 'created', id: await createCredentials(body, { workspaceId, useExternalId }) };
  } catch (error) {
    return { status: 'failed', message: error instanceof ApiError && error.message !== '' ? error.message : importStrings.review.createFailed };
  }
}

/** Creates the given rows a few at a time, reporting each outcome as it arrives. */
export function createMany<Row extends { key: string; values: CredentialFormValues }>(
  rows: readonly Row[],
  workspaceId: number | undefined,
  onOutcome: (key: string, outcome: CreateOutcome) => void,
  create: typeof createOne = createOne,
): Promise<CreateOutcome[]> {
  return runPool(rows, CREATE_CONCURRENCY, (row) => create(row.values, workspaceId), (outcome, index) => {
    const row = rows[index];
    if (row) onOutcome(row.key, outcome);
  });
}
