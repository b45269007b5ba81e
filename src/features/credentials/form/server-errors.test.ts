import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { providerUi } from './provider-registry';
import { fieldForServerError } from './server-errors';

describe('fieldForServerError', () => {
  it('puts a 409 on the name', () => {
    expect(fieldForServerError(new ApiError(409, 'Duplicate'), providerUi('aws'))).toBe('name');
  });
  it('puts a 400 on the field its message names', () => {
    expect(fieldForServerError(new ApiError(400, 'Invalid keys.registry: host without scheme'), providerUi('container-reg'))).toBe('keys.registry');
    expect(fieldForServerError(new ApiError(400, 'baseUrl is required for gitea'), providerUi('gitea'))).toBe('baseUrl');
    expect(fieldForServerError(new ApiError(400, 'Invalid name'), providerUi('aws'))).toBe('name');
  });
  it('leaves other errors to the alert', () => {
    expect(fieldForServerError(new ApiError(400, 'Something odd'), providerUi('aws'))).toBeNull();
    expect(fieldForServerError(new ApiError(500, 'Invalid name'), providerUi('aws'))).toBeNull();
  });
});
