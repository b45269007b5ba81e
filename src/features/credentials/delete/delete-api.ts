import * as z from 'zod/mini';
import { apiSend, isApiError } from '../../../lib/api-client';
import type { CredentialsScope } from '../api/credentials-api';

// `url` is left out (or null on a real Seqera) when the job has no page to link to.
const conflictSchema = z.object({
  type: z.string(),
  id: z.string(),
  name: z.string(),
  url: z.pipe(
    z.nullish(z.string()),
    z.transform((value: string | null | undefined) => value ?? undefined),
  ),
});

const deleteConflictSchema = z.object({
  credentialsId: z.optional(z.string()),
  conflicts: z.array(conflictSchema),
});

export type DeleteConflict = z.output<typeof conflictSchema>;

export type DeleteOutcome = { kind: 'deleted' } | { kind: 'blocked'; conflicts: DeleteConflict[] };

interface DeleteOptions extends CredentialsScope {
  /** true: refuse while running jobs use the credential; false: delete anyway and stop them. */
  checked: boolean;
}

/**
 * DELETE /credentials/{id}. A checked delete that running jobs block is an answer, not a failure:
 * it resolves to `blocked` with the jobs. Every other refusal throws the client's ApiError.
 */
export async function deleteCredentials(
  credentialsId: string,
  { workspaceId, checked }: DeleteOptions,
): Promise<DeleteOutcome> {
  const search = new URLSearchParams({ checked: String(checked) });
  if (workspaceId !== undefined) search.set('workspaceId', String(workspaceId));
  try {
    await apiSend(`/api/credentials/${encodeURIComponent(credentialsId)}?${search.toString()}`, { method: 'DELETE' });
    return { kind: 'deleted' };
  } catch (error) {
    if (isApiError(error, 409)) {
      const parsed = deleteConflictSchema.safeParse(error.payload);
      if (parsed.success) return { kind: 'blocked', conflicts: parsed.data.conflicts };
    }
    throw error;
  }
}
