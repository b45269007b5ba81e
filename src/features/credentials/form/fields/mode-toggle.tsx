import { useFormContext, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { ProviderUi } from '../definition';
import { useFormMode } from '../form-mode-context';
import { formStrings } from '../strings';

/**
 * Switches between a provider's ways to authenticate. Fields that only the old mode shows are
 * cleared, so a hidden value can neither be sent nor fail a rule the user cannot see.
 */
export function ModeToggle({ ui }: { ui: ProviderUi }) {
  const { setValue } = useFormContext();
  const mode = useWatch({ name: 'keys.mode' }) as string;
  const provider = useWatch({ name: 'provider' }) as string;
  const { intent, initialMode } = useFormMode();
  if (!ui.modes) return null;
  // A withdrawn way to authenticate is offered only to the credential that was stored with it.
  const options = ui.modes.filter((option) => !option.legacy || (intent === 'edit' && option.value === initialMode));
  const notice = options.find((option) => option.value === mode)?.notice;
  if (options.length < 2) return null;

  const change = (next: string | null) => {
    if (next === null || next === mode) return;
    const visible = new Set(ui.fields.filter((f) => !f.modes || f.modes.includes(next)).map((f) => f.name));
    for (const field of ui.fields) {
      if (!visible.has(field.name) && field.kind !== 'switch' && field.kind !== 'external-id-switch') {
        setValue(`keys.${field.name}`, '', { shouldDirty: true });
      }
    }
    setValue('keys.mode', next, { shouldDirty: true, shouldValidate: false });
    // Role mode always asks for an External ID.
    if (provider === 'aws') setValue('keys.useExternalId', next === 'role', { shouldDirty: true });
  };

  return (
    <Stack sx={{ gap: 1 }}>
      <Typography variant="body2" id="credentials-mode-label" sx={{ fontWeight: 600 }}>
        {formStrings.shell.modeLabel}
      </Typography>
      <ToggleButtonGroup
        exclusive
        value={mode}
        onChange={(_event, next: string | null) => change(next)}
        aria-labelledby="credentials-mode-label"
        size="small"
        color="primary"
      >
        {options.map((option) => (
          <ToggleButton key={option.value} value={option.value}>
            {option.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {notice !== undefined && <Alert severity="warning">{notice}</Alert>}
    </Stack>
  );
}
