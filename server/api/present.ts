import type { PublicKeys } from './providers';
import type { CredentialsRow } from './store';

/**
 * A stored row as the document's `Credentials` object. Only non-secret keys are ever in `public_keys`, so this
 * never touches secrets. Null columns are left out: the document types these fields as non-nullable strings.
 */
export function presentCredentials(row: CredentialsRow, publicKeys?: PublicKeys) {
  const keys: PublicKeys = { discriminator: row.provider, ...(publicKeys ?? (JSON.parse(row.public_keys) as PublicKeys)) };
  return {
    id: row.id,
    name: row.name,
    provider: row.provider,
    ...(row.description === null ? {} : { description: row.description }),
    ...(row.base_url === null ? {} : { baseUrl: row.base_url }),
    ...(row.category === null ? {} : { category: row.category }),
    keys,
    status: row.status,
    ...(row.message === null ? {} : { message: row.message }),
    ...(row.last_used === null ? {} : { lastUsed: row.last_used }),
    ...(row.last_validated === null ? {} : { lastValidated: row.last_validated }),
    dateCreated: row.date_created,
    lastUpdated: row.last_updated,
    deleted: row.deleted === 1,
  };
}

/** The columns the list needs, in the order `presentCredentialsJson` reads them (no secrets). */
export const LIST_COLUMNS =
  'id, name, provider, description, base_url, category, public_keys, status, message, last_used, last_validated, date_created, last_updated';

export type ListRow = [string, string, string, string | null, string | null, string | null, string, string, string | null, string | null, string | null, string, string];

const str = JSON.stringify;
const optional = (field: string, value: string | null) => (value === null ? '' : `,"${field}":${str(value)}`);

/**
 * The same object as presentCredentials, written straight to JSON text. Listing 10,000 rows is dominated by
 * building and serialising objects; splicing the stored keys JSON in as text keeps that cost linear and small.
 */
export function presentCredentialsJson(row: ListRow): string {
  const [id, name, provider, description, baseUrl, category, publicKeys, status, message, lastUsed, lastValidated, dateCreated, lastUpdated] = row;
  const keys = publicKeys === '{}' ? `{"discriminator":${str(provider)}}` : `{"discriminator":${str(provider)},${publicKeys.slice(1)}`;
  return (
    `{"id":${str(id)},"name":${str(name)},"provider":${str(provider)}` +
    optional('description', description) +
    optional('baseUrl', baseUrl) +
    optional('category', category) +
    `,"keys":${keys},"status":${str(status)}` +
    optional('message', message) +
    optional('lastUsed', lastUsed) +
    optional('lastValidated', lastValidated) +
    `,"dateCreated":${str(dateCreated)},"lastUpdated":${str(lastUpdated)},"deleted":false}`
  );
}

/** The IAM trust policy that lets the platform's role assume the customer's role with this External ID. */
export function awsTrustPolicy(platformRoleArn: string, externalId: string): string {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: platformRoleArn },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
  return JSON.stringify(policy, null, 2);
}
