import { useMutation, useQueryClient } from '@tanstack/react-query';
import { credentialsQueries } from '../api/credentials-queries';
import { deleteMutationKey, deleteMutationOptions } from '../api/delete-api';
import { removeFromLists, restoreToLists } from '../api/list-cache';

/**
 * Deletes with an optimistic removal: the row leaves every cached list at once and returns to
 * its place when the server refuses (a failure, or running jobs that block a checked delete).
 */
export function useDeleteCredentials() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteMutationOptions(),
    onMutate: async ({ credentialsId, workspaceId }) => {
      // A list fetch already in flight would otherwise land after the removal and undo it.
      await queryClient.cancelQueries({ queryKey: credentialsQueries.lists() });
      return removeFromLists(queryClient, credentialsId, workspaceId);
    },
    onSuccess: (outcome, { credentialsId, workspaceId }, removed) => {
      if (outcome.kind === 'blocked') {
        restoreToLists(queryClient, removed);
        return;
      }
      queryClient.removeQueries({ queryKey: credentialsQueries.detail(credentialsId, workspaceId).queryKey });
    },
    onError: (_error, _input, removed) => {
      if (removed) restoreToLists(queryClient, removed);
    },
    onSettled: () => {
      // In a bulk run, refetching while other deletes are still in flight would show their rows again.
      if (queryClient.isMutating({ mutationKey: deleteMutationKey }) <= 1) {
        void queryClient.invalidateQueries({ queryKey: credentialsQueries.lists() });
        void queryClient.invalidateQueries({ queryKey: credentialsQueries.details() });
      }
    },
  });
}
