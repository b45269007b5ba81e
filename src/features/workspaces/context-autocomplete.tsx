import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useSignedInUser } from '../session/use-signed-in-user';
import { personalContext, workspaceContexts, type CredentialsContext } from './credentials-context';
import { roleStrings, workspaceStrings } from './strings';
import type { SwitcherIntent } from './switcher-placeholder';
import { SWITCHER_WIDTH } from './switcher-placeholder';
import { NoUserIdError } from './workspaces-api';
import { workspacesQueries } from './workspaces-queries';

function optionLabel(option: CredentialsContext): string {
  return option.kind === 'personal' ? workspaceStrings.personal : `${option.orgName} / ${option.workspaceName}`;
}

function optionGroup(option: CredentialsContext): string {
  return option.kind === 'personal' ? workspaceStrings.personalGroup : option.orgName;
}

/**
 * Personal context plus every workspace, grouped by organisation, searchable, with the user's role in each.
 * `intent` carries over what the user did to the placeholder while this chunk was loading.
 */
export function ContextAutocomplete({ intent }: { intent: SwitcherIntent }) {
  const user = useSignedInUser();
  const navigate = useNavigate();
  const { orgName, workspaceName } = useParams();
  const workspaces = useQuery(workspacesQueries.list(user.id));
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const initialIntent = useRef(intent);
  useEffect(() => {
    if (initialIntent.current === 'none') return;
    input.current?.focus();
    // Opened only once focused: opened at mount, the focus moving in from the placeholder that
    // just left the page closed the list again when the click landed while this chunk arrived.
    if (initialIntent.current === 'open') setOpen(true);
  }, []);

  const options = useMemo(
    () => [
      personalContext,
      ...workspaceContexts(workspaces.data ?? []).toSorted(
        (a, b) => a.orgName.localeCompare(b.orgName) || a.workspaceName.localeCompare(b.workspaceName),
      ),
    ],
    [workspaces.data],
  );
  const current =
    orgName === undefined
      ? personalContext
      : options.find((option) => option.kind === 'workspace' && option.orgName === orgName && option.workspaceName === workspaceName);

  return (
    <Autocomplete
      size="small"
      sx={{ width: SWITCHER_WIDTH }}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      value={current ?? null}
      loading={workspaces.isPending}
      groupBy={optionGroup}
      getOptionLabel={optionLabel}
      isOptionEqualToValue={(option, value) => option.path === value.path}
      noOptionsText={workspaceStrings.noOptions}
      autoHighlight
      onChange={(_event, option) => {
        if (option && option.path !== current?.path) void navigate(option.path);
      }}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
          <span>{option.kind === 'personal' ? workspaceStrings.personal : option.workspaceName}</span>
          <Typography component="span" variant="caption" color="text.secondary">
            {roleStrings[option.role]}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={input}
          label={workspaceStrings.switcherLabel}
          error={workspaces.isError}
          helperText={
            workspaces.isError
              ? workspaces.error instanceof NoUserIdError
                ? workspaceStrings.noUserIdShort
                : workspaceStrings.loadError
              : undefined
          }
        />
      )}
    />
  );
}
