import { isApiError, NETWORK_ERROR_STATUS } from '../../lib/api-client';
import { sessionStrings } from './strings';

/** Turns a failed sign-in into words; never echoes the token. */
export function signInErrorMessage(error: Error): string {
  if (isApiError(error, 401) || isApiError(error, 403)) return sessionStrings.wrongToken;
  if (isApiError(error, 502) || isApiError(error, 503) || isApiError(error, 504) || isApiError(error, NETWORK_ERROR_STATUS)) {
    return sessionStrings.unreachable;
  }
  return sessionStrings.genericFailure(error.message);
}
