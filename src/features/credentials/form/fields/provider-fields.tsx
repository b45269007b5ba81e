import { useWatch } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import { assertNever } from '../../../../lib/assert-never';
import type { FieldSpec, ProviderUi } from '../definition';
import { useFormMode } from '../form-mode-context';
import { ExternalIdSwitch } from './external-id-switch';
import { FormTextField } from './form-text-field';
import { KeyTextField } from './key-text-field';
import { RegistryHostField } from './registry-host-field';
import { SecretField } from './secret-field';
import { StoredSecret } from './stored-secret';
import { SwitchField } from './switch-field';

function FieldFor({ spec, storedMode }: { spec: FieldSpec; storedMode: boolean }) {
  const name = `keys.${spec.name}`;
  const required = spec.optional !== true;
  switch (spec.kind) {
    case 'text':
      return <FormTextField name={name} label={spec.label} help={spec.help} placeholder={spec.placeholder} required={required} />;
    case 'text-multiline':
      return <KeyTextField name={name} label={spec.label} help={spec.help} shape={spec.shape ?? 'pem-key'} secret={false} required={required} />;
    case 'secret':
      return (
        <StoredSecret name={name} label={spec.label} stored={storedMode}>
          <SecretField name={name} label={spec.label} help={spec.help} required={required && !storedMode} />
        </StoredSecret>
      );
    case 'secret-multiline':
      return (
        <StoredSecret name={name} label={spec.label} stored={storedMode}>
          <KeyTextField name={name} label={spec.label} help={spec.help} shape={spec.shape ?? 'pem-key'} secret required={required && !storedMode} />
        </StoredSecret>
      );
    case 'switch':
      return <SwitchField name={name} label={spec.label} help={spec.help} />;
    case 'registry-host':
      return <RegistryHostField name={name} label={spec.label} help={spec.help} />;
    case 'external-id-switch':
      return <ExternalIdSwitch name={name} label={spec.label} help={spec.help} />;
    default:
      return assertNever(spec.kind);
  }
}

/** The provider's own fields, filtered to the chosen mode. */
export function ProviderFields({ ui }: { ui: ProviderUi }) {
  const mode = useWatch({ name: 'keys.mode' }) as string | undefined;
  const { intent, initialMode } = useFormMode();
  // Secrets exist on the server only for the mode the credential was saved with.
  const storedMode = intent === 'edit' && mode === initialMode;
  const fields = ui.fields.filter((field) => !field.modes || (mode !== undefined && field.modes.includes(mode)));
  return (
    <Stack sx={{ gap: 2.5 }}>
      {fields.map((field) => (
        <FieldFor key={`${field.name}-${field.modes?.join() ?? ''}`} spec={field} storedMode={storedMode} />
      ))}
    </Stack>
  );
}
