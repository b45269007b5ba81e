import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { awsUi } from './definitions/aws';
import { containerRegistryUi } from './definitions/container-registry';
import { giteaUi } from './definitions/git';
import { fieldForServerError } from './server-errors';

describe('fieldForServerError', () => {
  it('puts a 409 on the name', () => {
    expect(fieldForServerError(new ApiError(409, 'Duplicate'), awsUi)).toBe('name');
  });
  it('puts a 400 on the field its message names', () => {
    expect(fieldForServerError(new ApiError(400, 'Invalid keys.registry: host without scheme'), containerRegistryUi)).toBe('keys.registry');
    expect(fieldForServerError(new ApiError(400, 'baseUrl is required for gitea'), giteaUi)).toBe('baseUrl');
    expect(fieldForServerError(new ApiError(400, 'Invalid name'), awsUi)).toBe('name');
  });
  it('leaves other errors to the alert', () => {
    expect(fieldForServerError(new ApiError(400, 'Something odd'), awsUi)).toBeNull();
    expect(fieldForServerError(new ApiError(500, 'Invalid name'), awsUi)).toBeNull();
  });
});
