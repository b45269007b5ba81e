import Box from '@mui/material/Box';
import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { PlainButtonLink } from '../../../components/plain-button';
import { Tag } from '../../../components/tag';
import { canWrite, type CredentialsContext } from '../../workspaces/credentials-context';
import { roleStrings, workspaceStrings } from '../../workspaces/strings';
import { importEntryStrings } from '../import/entry-strings';
import { listStrings } from '../strings';

export function ListHeader({ context }: { context: CredentialsContext }) {
  const subtitle =
    context.kind === 'personal'
      ? listStrings.personalSubtitle
      : listStrings.workspaceSubtitle(context.orgName, context.workspaceName);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: { xs: 2, sm: 3 }, pt: 2.5, flexWrap: 'wrap' }}>
      <title>{`${listStrings.pageTitle} · ${subtitle}`}</title>
      <Box sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <Box component="h1" sx={{ typography: 'h1', m: 0, fontSize: '1.5rem', fontWeight: 700 }}>
          {listStrings.pageTitle}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Box component="p" sx={{ typography: 'body2', m: 0, color: 'text.secondary' }}>
            {subtitle}
          </Box>
          <Tag>{workspaceStrings.roleLabel(roleStrings[context.role])}</Tag>
        </Box>
      </Box>
      {canWrite(context) && (
        <Box sx={{ display: 'flex', gap: 1, ml: 'auto', flexWrap: 'wrap' }}>
          <PlainButtonLink to={`${context.path}/import`} variant="outlined">
            <UploadFileIcon />
            {importEntryStrings.entry}
          </PlainButtonLink>
          <PlainButtonLink to={`${context.path}/new`} variant="contained">
            <AddIcon />
            {listStrings.add}
          </PlainButtonLink>
        </Box>
      )}
    </Box>
  );
}
