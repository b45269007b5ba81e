import Box from '@mui/material/Box';
import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { PlainButtonLink } from '../../../components/plain-button';
import { Tag } from '../../../components/tag';
import { canWrite, type CredentialsContext } from '../../workspaces/credentials-context';
import { roleStrings, workspaceStrings } from '../../workspaces/strings';
import { importEntryStrings } from '../import/entry-strings';
import { listStrings } from '../strings';
import { hiddenWhileInert } from '../../../lib/visually-hidden';

/** The context the address names, known before the user's workspaces say whether it exists and with which role. */
export interface NamedContext {
  path: string;
  /** Both absent for the personal context. */
  orgName?: string | undefined;
  workspaceName?: string | undefined;
}

/**
 * The list's title, its context and role, and the owner's Import and Add. While the context is still
 * being resolved (`context` undefined) it shows the names from the address, and holds the buttons'
 * place without showing them, so that on a narrow screen, where they wrap under the title, nothing
 * below moves when they appear.
 */
export function ListHeader({ context, named }: { context: CredentialsContext | undefined; named: NamedContext }) {
  const subtitle =
    named.orgName === undefined || named.workspaceName === undefined
      ? listStrings.personalSubtitle
      : listStrings.workspaceSubtitle(named.orgName, named.workspaceName);
  const pending = context === undefined;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: { xs: 2, sm: 3 }, pt: 2.5, flexWrap: 'wrap' }}>
      <title>{`${listStrings.pageTitle} · ${subtitle}`}</title>
      <Box sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <Box component="h1" sx={{ typography: 'h1', m: 0, fontSize: '1.5rem', fontWeight: 700 }}>
          {listStrings.pageTitle}
        </Box>
        {/* As tall as the role's tag, which appears once the context is known. */}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 24 }}>
          <Box component="p" sx={{ typography: 'body2', m: 0, color: 'text.secondary' }}>
            {subtitle}
          </Box>
          {context && <Tag>{workspaceStrings.roleLabel(roleStrings[context.role])}</Tag>}
        </Box>
      </Box>
      {(pending || canWrite(context)) && (
        <Box sx={{ display: 'flex', gap: 1, ml: 'auto', flexWrap: 'wrap', ...hiddenWhileInert }} inert={pending}>
          <PlainButtonLink to={`${named.path}/import`} variant="outlined">
            <UploadFileIcon />
            {importEntryStrings.entry}
          </PlainButtonLink>
          <PlainButtonLink to={`${named.path}/new`} variant="contained">
            <AddIcon />
            {listStrings.add}
          </PlainButtonLink>
        </Box>
      )}
    </Box>
  );
}
