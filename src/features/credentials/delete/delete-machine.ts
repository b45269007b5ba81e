import type { DeleteConflict } from '../api/delete-api';

/** The steps of the delete dialog; `error` is the last request's failure, shown in the step it left. */
export type DeleteState =
  | { step: 'confirm'; error?: string | undefined }
  | { step: 'checking'; conflicts?: DeleteConflict[] | undefined }
  | { step: 'blocked'; conflicts: DeleteConflict[]; error?: string | undefined }
  | { step: 'type-name'; conflicts: DeleteConflict[]; error?: string | undefined }
  | { step: 'forcing'; conflicts: DeleteConflict[] }
  | { step: 'deleted'; stopped: number };

export type DeleteEvent =
  | { type: 'check' }
  | { type: 'blocked'; conflicts: DeleteConflict[] }
  | { type: 'ask-name' }
  | { type: 'back' }
  | { type: 'force' }
  | { type: 'deleted' }
  | { type: 'failed'; message: string };

export const initialDeleteState: DeleteState = { step: 'confirm' };

/** Events that make no sense in the current step (a double click, a late answer) leave the state as it is. */
export function deleteReducer(state: DeleteState, event: DeleteEvent): DeleteState {
  switch (event.type) {
    case 'check':
      if (state.step === 'confirm') return { step: 'checking' };
      if (state.step === 'blocked') return { step: 'checking', conflicts: state.conflicts };
      return state;
    case 'blocked':
      return state.step === 'checking' ? { step: 'blocked', conflicts: event.conflicts } : state;
    case 'ask-name':
      return state.step === 'blocked' ? { step: 'type-name', conflicts: state.conflicts } : state;
    case 'back':
      return state.step === 'type-name' ? { step: 'blocked', conflicts: state.conflicts } : state;
    case 'force':
      return state.step === 'type-name' ? { step: 'forcing', conflicts: state.conflicts } : state;
    case 'deleted':
      if (state.step === 'checking') return { step: 'deleted', stopped: 0 };
      if (state.step === 'forcing') return { step: 'deleted', stopped: state.conflicts.length };
      return state;
    case 'failed':
      if (state.step === 'forcing') return { step: 'type-name', conflicts: state.conflicts, error: event.message };
      if (state.step !== 'checking') return state;
      // A failed re-check keeps the jobs in view: they are still the last thing the server said.
      return state.conflicts
        ? { step: 'blocked', conflicts: state.conflicts, error: event.message }
        : { step: 'confirm', error: event.message };
  }
}
