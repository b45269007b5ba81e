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
