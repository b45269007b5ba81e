import type { ValidateResponse } from '../api/validate-api';

export type ValidateState =
  | { step: 'running' }
  | { step: 'result'; response: ValidateResponse }
  | { step: 'failed'; message: string }
  | { step: 'confirm-force'; response: ValidateResponse; error?: string | undefined }
  | { step: 'forcing'; response: ValidateResponse }
  | { step: 'forced' }
  | { step: 'force-conflict' };

export type ValidateEvent =
  | { type: 'start' }
  | { type: 'answered'; response: ValidateResponse }
  | { type: 'failed'; message: string }
  | { type: 'ask-force' }
  | { type: 'cancel-force' }
  | { type: 'force' }
  | { type: 'forced' }
  | { type: 'force-conflict' };

export const initialValidateState: ValidateState = { step: 'running' };

/** Mark as valid is offered only while the last known status is INVALID (a transient answer keeps it). */
export function canMarkValid(state: ValidateState): boolean {
  return state.step === 'result' && state.response.status === 'INVALID';
}

export function validateReducer(state: ValidateState, event: ValidateEvent): ValidateState {
  switch (event.type) {
    case 'start':
      return state.step === 'running' || state.step === 'forcing' ? state : { step: 'running' };
    case 'answered':
      return state.step === 'running' ? { step: 'result', response: event.response } : state;
    case 'failed':
      if (state.step === 'running') return { step: 'failed', message: event.message };
      if (state.step === 'forcing') return { step: 'confirm-force', response: state.response, error: event.message };
      return state;
    case 'ask-force':
      return canMarkValid(state) && state.step === 'result' ? { step: 'confirm-force', response: state.response } : state;
    case 'cancel-force':
      return state.step === 'confirm-force' ? { step: 'result', response: state.response } : state;
    case 'force':
      return state.step === 'confirm-force' ? { step: 'forcing', response: state.response } : state;
    case 'forced':
      return state.step === 'forcing' ? { step: 'forced' } : state;
    case 'force-conflict':
      return state.step === 'forcing' ? { step: 'force-conflict' } : state;
  }
}
