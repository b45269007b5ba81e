import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { containerRegistryStrings, detectRegistryPreset, registryPresets, type RegistryPresetId } from '../definitions/container-registry';
import { FormTextField } from './form-text-field';

const customPreset = 'custom';
type PresetChoice = RegistryPresetId | typeof customPreset;

/** Registry host with presets; templated hosts (ECR, Azure, Artifact Registry) show their pattern. */
export function RegistryHostField({ name, label, help }: { name: string; label: string; help?: string | undefined }) {
  const { setValue, setFocus } = useFormContext();
  const host = useWatch({ name }) as string;
  const [picked, setPicked] = useState<PresetChoice | null>(null);
  const detected = detectRegistryPreset(host);
  const choice: PresetChoice = detected ?? (host === '' && picked ? picked : customPreset);
  const template = registryPresets.find((preset) => preset.id === choice && preset.host.includes('<'));

  const pick = (next: PresetChoice) => {
    setPicked(next);
    const preset = registryPresets.find((candidate) => candidate.id === next);
    const fixed = preset && !preset.host.includes('<') ? preset.host : '';
    setValue(name, fixed, { shouldDirty: true, shouldValidate: fixed !== '' });
    if (fixed === '') setFocus(name);
  };

  return (
    <Stack sx={{ gap: 2 }}>
      <TextField select label={containerRegistryStrings.presetLabel} value={choice} onChange={(event) => pick(event.target.value as PresetChoice)} fullWidth>
        {registryPresets.map((preset) => (
          <MenuItem key={preset.id} value={preset.id}>
            {containerRegistryStrings.presets[preset.id]}
          </MenuItem>
        ))}
        <MenuItem value={customPreset}>{containerRegistryStrings.presetCustom}</MenuItem>
      </TextField>
      <FormTextField name={name} label={label} help={template ? template.host : help} placeholder={template?.host ?? 'docker.io'} />
      <Alert severity="info" variant="outlined" role="note">
        {containerRegistryStrings.hints[choice]}
      </Alert>
    </Stack>
  );
}
