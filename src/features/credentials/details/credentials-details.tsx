import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatExact } from '../../../lib/format-date';
import type { DescribeCredentialsResponse } from '../api/credentials-schemas';
import { bitbucketAuth } from '../providers/bitbucket-auth';
import { ProviderLabel } from '../providers/provider-label';
import { StatusChip } from '../list/status-chip';
import { UsedBySection } from '../usage/used-by-section';
import { detailStrings, listStrings } from '../strings';
import { AwsTrustSection } from './aws-trust-section';
import { FieldList, type Field } from './field-list';
import { keyFields } from './key-fields';

function dateValue(value: string | undefined, missing: string = listStrings.never): string {
  return value === undefined ? missing : formatExact(value);
}

interface CredentialsDetailsProps {
  data: DescribeCredentialsResponse;
  /** The context the credentials live in (undefined: personal), for what uses them. */
  workspaceId: number | undefined;
}

export function CredentialsDetails({ data, workspaceId }: CredentialsDetailsProps) {
  const { credentials, setupSnippet } = data;
  const f = detailStrings.fields;
  const overview: Field[] = [
    { label: f.provider, value: <ProviderLabel provider={credentials.provider} /> },
    { label: f.id, value: credentials.id, code: true },
    ...(credentials.description ? [{ label: f.description, value: credentials.description }] : []),
    ...(credentials.baseUrl ? [{ label: f.baseUrl, value: credentials.baseUrl, code: true }] : []),
    ...(credentials.category ? [{ label: f.category, value: credentials.category }] : []),
    { label: f.status, value: <StatusChip status={credentials.status} message={credentials.message} /> },
    ...(credentials.message ? [{ label: f.message, value: credentials.message }] : []),
    { label: f.lastValidated, value: dateValue(credentials.lastValidated, f.neverValidated) },
    { label: f.lastUsed, value: dateValue(credentials.lastUsed) },
    { label: f.dateCreated, value: dateValue(credentials.dateCreated) },
    { label: f.lastUpdated, value: dateValue(credentials.lastUpdated) },
  ];
  const bitbucket = credentials.provider === 'bitbucket' ? bitbucketAuth(credentials.keys) : undefined;
  const keys = [
    ...keyFields(credentials.keys),
    ...(bitbucket === undefined ? [] : [{ label: detailStrings.bitbucket.label, value: detailStrings.bitbucket[bitbucket] }]),
  ];
  const externalId = typeof credentials.keys?.externalId === 'string' ? credentials.keys.externalId : undefined;

  return (
    <Stack spacing={3}>
      <FieldList fields={overview} />
      <Divider />
      <Stack component="section" spacing={1.5} aria-labelledby="key-fields-title">
        <Typography variant="h3" id="key-fields-title" sx={{ fontSize: '1rem', fontWeight: 600 }}>
          {detailStrings.keys}
        </Typography>
        {bitbucket === 'app-password' && <Alert severity="warning">{detailStrings.bitbucket.replaceHint}</Alert>}
        {keys.length > 0 ? (
          <FieldList fields={keys} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {detailStrings.noKeys}
          </Typography>
        )}
      </Stack>
      <Divider />
      <UsedBySection credentials={credentials} workspaceId={workspaceId} />
      {(externalId !== undefined || setupSnippet !== undefined) && (
        <>
          <Divider />
          <AwsTrustSection externalId={externalId} setupSnippet={setupSnippet} />
        </>
      )}
      <Alert severity="info">{detailStrings.secretsNotice}</Alert>
    </Stack>
  );
}
