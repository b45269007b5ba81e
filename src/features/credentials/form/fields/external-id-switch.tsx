import { useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import { awsStrings } from '../definitions/aws';
import { SwitchField } from './switch-field';

/** Role mode always gets an External ID; keys mode offers it once a role ARN is typed. */
export function ExternalIdSwitch({ name, label, help }: { name: string; label: string; help?: string | undefined }) {
  const [mode, roleArn, enabled] = useWatch({ name: ['keys.mode', 'keys.assumeRoleArn', name] }) as [string, string, boolean];
  if (mode === 'role') {
    return (
      <Alert severity="info" variant="outlined" role="note">
        {awsStrings.externalIdImplied}
      </Alert>
    );
  }
  if (roleArn === '' && !enabled) return null;
  return <SwitchField name={name} label={label} help={help} />;
}
