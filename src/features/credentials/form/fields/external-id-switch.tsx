import { useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import { strings } from '../strings';
import { SwitchField } from './switch-field';

const t = strings.providers.aws;

/** Role mode always gets an External ID; keys mode offers it once a role ARN is typed. */
export function ExternalIdSwitch({ name }: { name: string }) {
  const [mode, roleArn, enabled] = useWatch({ name: ['keys.mode', 'keys.assumeRoleArn', name] }) as [string, string, boolean];
  if (mode === 'role') {
    return (
      <Alert severity="info" variant="outlined" role="note">
        {t.externalIdImplied}
      </Alert>
    );
  }
  if (roleArn === '' && !enabled) return null;
  return <SwitchField name={name} label={t.useExternalId} help={t.useExternalIdHelp} />;
}
