import { isApiError, NETWORK_ERROR_STATUS } from '../../lib/api-client';
import { sessionStrings } from './strings';

function serverMessage(payload: unknown): string | undefined {
  const message = typeof payload === 'object' && payload !== null ? (payload as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
}

/** Turns a failed sign-in into words; never echoes the token. */
export function signInErrorMessage(error: Error): string {
  if (isApiError(error, 401) || isApiError(error, 403)) return sessionStrings.wrongToken;
  // Throttled: the app server's own message says how long to wait (its Retry-After, in words).
  if (isApiError(error, 429)) return serverMessage(error.payload) ?? sessionStrings.tooManyAttempts;
  if (isApiError(error, 502) || isApiError(error, 503) || isApiError(error, 504) || isApiError(error, NETWORK_ERROR_STATUS)) {
    return sessionStrings.unreachable;
  }
  return sessionStrings.genericFailure(error.message);
}
