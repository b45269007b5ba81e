import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { canWrite, type CredentialsContext } from '../../workspaces/credentials-context';
import { ROLE_LABELS, workspaceStrings } from '../../workspaces/strings';
import { listStrings } from '../strings';

export function ListHeader({ context }: { context: CredentialsContext }) {
  const subtitle =
    context.kind === 'personal'
      ? listStrings.personalSubtitle
      : listStrings.workspaceSubtitle(context.orgName, context.workspaceName);
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 2, px: { xs: 2, sm: 3 }, pt: 2.5, flexWrap: 'wrap' }}>
      <title>{`${listStrings.pageTitle} · ${subtitle}`}</title>
      <Stack sx={{ minWidth: 0 }}>
        <Typography variant="h1" sx={{ fontSize: '1.5rem', fontWeight: 700 }}>
          {listStrings.pageTitle}
        </Typography>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {subtitle}
          </Typography>
          <Chip size="small" variant="outlined" label={workspaceStrings.roleLabel(ROLE_LABELS[context.role])} />
        </Stack>
      </Stack>
      {canWrite(context) && (
        <Button component={RouterLink} to={`${context.path}/new`} variant="contained" startIcon={<AddIcon />} sx={{ ml: 'auto' }}>
          {listStrings.add}
        </Button>
      )}
    </Stack>
  );
}
