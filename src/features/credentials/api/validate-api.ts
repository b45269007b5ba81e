import { mutationOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest, searchQuery } from '../../../lib/api-client';
import type { CredentialsScope } from './credentials-api';
import { credentialsQueries } from './credentials-queries';
import { reportedStatusSchema } from './credentials-schemas';

// A real Seqera sends null where the embedded API leaves a field out; both mean "not given". Every field is
// optional in the document: a status that is missing (or unknown to this console) is an unreported outcome.
export const validateResponseSchema = z.object({
  status: reportedStatusSchema,
  message: z.pipe(
    z.nullish(z.string()),
    z.transform((value: string | null | undefined) => value ?? undefined),
  ),
  transientError: z.pipe(
    z.nullish(z.boolean()),
    z.transform((value: boolean | null | undefined) => value ?? false),
  ),
});

export type ValidateResponse = z.output<typeof validateResponseSchema>;

/**
 * What a probe result means to a user; `transient` is never a rejection: the status is the old one.
 * `unreported`: the probe ran but the answer names no status this console knows; the list is refreshed instead.
 */
export type ValidationOutcome = 'available' | 'invalid' | 'transient' | 'unreported';

export function outcomeOf(response: ValidateResponse): ValidationOutcome {
  if (response.transientError) return 'transient';
  if (response.status === 'AVAILABLE') return 'available';
  if (response.status === 'INVALID') return 'invalid';
  return 'unreported';
}

interface ValidateOptions extends CredentialsScope {
  /** Marks an INVALID credential AVAILABLE without a probe; 409 on any other status. */
  force: boolean;
}

export function validateCredentials(credentialsId: string, { workspaceId, force }: ValidateOptions, signal?: AbortSignal) {
  return apiRequest(
    `/api/credentials/${encodeURIComponent(credentialsId)}/validate${searchQuery({ force: force || undefined, workspaceId })}`,
    validateResponseSchema,
    { method: 'POST', signal },
  );
}

export interface ValidateInput extends ValidateOptions {
  credentialsId: string;
}

/** Every validation runs under this key: "validate all" refetches the list once, when the last one settles. */
export const validateMutationKey = [...credentialsQueries.all(), 'validate'] as const;

/** The request as mutation options; the caller adds what happens to the caches around it. */
export const validateMutationOptions = () =>
  mutationOptions({
    mutationKey: validateMutationKey,
    mutationFn: ({ credentialsId, workspaceId, force }: ValidateInput) => validateCredentials(credentialsId, { workspaceId, force }),
  });
