/**
 * One credentials row as the document's `Credentials` object, written by SQLite itself: building 10,000 of
 * these in JavaScript cost about twice as much. Only non-secret columns are read. The outer json_patch onto
 * '{}' drops null members, because the document types these fields as non-nullable strings.
 */
export const CREDENTIALS_JSON_SQL = `json_patch('{}', json_object(
  'id', id, 'name', name, 'provider', provider, 'description', description, 'baseUrl', base_url, 'category', category,
  'keys', json_patch(json_object('discriminator', provider), public_keys),
  'status', status, 'message', message, 'lastUsed', last_used, 'lastValidated', last_validated,
  'dateCreated', date_created, 'lastUpdated', last_updated, 'deleted', json(CASE deleted WHEN 1 THEN 'true' ELSE 'false' END)))`;

/**
 * The IAM trust policy that lets the platform's role assume the customer's role with this External ID. Seqera's
 * documented policy grants sts:TagSession too: the platform tags its sessions, and AssumeRole with tags is
 * refused without it.
 */
export function awsTrustPolicy(platformRoleArn: string, externalId: string): string {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: platformRoleArn },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
  return JSON.stringify(policy, null, 2);
}
