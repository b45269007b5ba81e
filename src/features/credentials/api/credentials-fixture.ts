import type { Credentials } from './credentials-schemas';

/** Test data: credentials as the API describes them, with every optional field absent. */
export function credentialsFixture(partial: Partial<Credentials> & Pick<Credentials, 'id' | 'name'>): Credentials {
  return {
    provider: 'github',
    keys: { discriminator: 'github' },
    status: 'AVAILABLE',
    baseUrl: undefined,
    category: undefined,
    description: undefined,
    message: undefined,
    lastUsed: undefined,
    lastValidated: undefined,
    dateCreated: '2025-01-01T00:00:00Z',
    lastUpdated: '2025-01-01T00:00:00Z',
    deleted: false,
    ...partial,
  };
}
