import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../../components/copy-button';
import { detailStrings } from '../strings';
import { FieldList } from './field-list';

interface AwsTrustSectionProps {
  externalId: string | undefined;
  setupSnippet: string | undefined;
}

const codeBlockSx = {
  m: 0,
  p: 1.5,
  borderRadius: 1,
  bgcolor: 'action.hover',
  fontFamily: 'monospace',
  fontSize: '0.8125rem',
  overflowX: 'auto',
} as const;

/** External ID and trust policy for AWS role credentials, each with a copy button. */
export function AwsTrustSection({ externalId, setupSnippet }: AwsTrustSectionProps) {
  const strings = detailStrings.externalId;
  return (
    <Stack component="section" spacing={1.5} aria-labelledby="aws-trust-title">
      <Typography variant="h3" id="aws-trust-title" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {strings.title}
      </Typography>
      {externalId && (
        <Stack spacing={1}>
          <FieldList
            fields={[
              {
                label: strings.externalId,
                value: (
                  <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
                    <Box component="code" sx={{ ...codeBlockSx, p: 1, flex: 1 }}>
                      {externalId}
                    </Box>
                    <CopyButton text={externalId} label={detailStrings.copy(strings.externalId)} />
                  </Stack>
                ),
              },
            ]}
          />
          <Typography variant="body2" color="text.secondary">
            {strings.rotation}
          </Typography>
        </Stack>
      )}
      {setupSnippet && (
        <Stack spacing={0.5}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="body2" color="text.secondary">
              {strings.snippet}
            </Typography>
            <CopyButton text={setupSnippet} label={detailStrings.copy(strings.snippet)} />
          </Stack>
          {/* Focusable so keyboard users can scroll a wide policy; a region so it has a name. */}
          <Box component="pre" role="region" tabIndex={0} aria-label={strings.snippet} sx={codeBlockSx}>
            {setupSnippet}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {strings.steps}
          </Typography>
        </Stack>
      )}
    </Stack>
  );
}
