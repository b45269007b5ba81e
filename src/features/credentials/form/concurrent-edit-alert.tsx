import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ProviderUi } from './definition';
import type { FieldConflict } from './merge-concurrent-edit';
import { formStrings } from './strings';

interface ConcurrentEditAlertProps {
  conflicts: FieldConflict[];
  ui: ProviderUi;
  onReload: () => void;
  onOverwrite: () => void;
}

function labelOf(path: string, ui: ProviderUi): string {
  if (path === 'name') return formStrings.shell.name;
  if (path === 'description') return formStrings.shell.description;
  if (path === 'baseUrl') return ui.baseUrl?.label ?? formStrings.shell.baseUrl;
  const key = path.replace(/^keys\./, '');
  if (key === 'mode') return formStrings.conflict.mode;
  return ui.fields.find((field) => field.name === key)?.label ?? key;
}

function describeValue(value: unknown): string {
  if (typeof value === 'boolean') return formStrings.conflict.now(value ? formStrings.conflict.yes : formStrings.conflict.no);
  if (value === '' || value === undefined || value === null) return formStrings.conflict.empty;
  return formStrings.conflict.now(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Names the fields saved elsewhere that this form also changed, and lets the user choose. */
export function ConcurrentEditAlert({ conflicts, ui, onReload, onOverwrite }: ConcurrentEditAlertProps) {
  return (
    <Alert
      severity="warning"
      role="alert"
      action={
        <Stack sx={{ gap: 1 }}>
          <Button color="inherit" size="small" onClick={onReload}>
            {formStrings.conflict.reload}
          </Button>
          <Button color="inherit" size="small" onClick={onOverwrite}>
            {formStrings.conflict.overwrite}
          </Button>
        </Stack>
      }
    >
      <AlertTitle>{formStrings.conflict.title}</AlertTitle>
      {formStrings.conflict.fields}
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.path}>
            {labelOf(conflict.path, ui)}: {describeValue(conflict.current)}
          </li>
        ))}
      </ul>
      {formStrings.conflict.choose}
    </Alert>
  );
}
