import { useRef, useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { listUsageStrings as s } from '../strings';
import { MAX_THRESHOLD_DAYS, MIN_THRESHOLD_DAYS, isValidThreshold } from '../usage/attention-thresholds';
import { DEFAULT_ATTENTION_THRESHOLDS, type AttentionThresholds } from '../usage/usage-model';

const FIELDS = [
  { key: 'neverUsedDays', label: s.neverUsedDays },
  { key: 'unusedDays', label: s.unusedDays },
  { key: 'notRotatedDays', label: s.notRotatedDays },
] as const satisfies readonly { key: keyof AttentionThresholds; label: string }[];

type Drafts = Record<keyof AttentionThresholds, string>;

/** A whole number of days within the range the thresholds store accepts, or undefined. */
export function parseDays(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const days = Number(trimmed);
  return isValidThreshold(days) ? days : undefined;
}

const toDrafts = (thresholds: AttentionThresholds): Drafts => ({
  neverUsedDays: String(thresholds.neverUsedDays),
  unusedDays: String(thresholds.unusedDays),
  notRotatedDays: String(thresholds.notRotatedDays),
});

interface AttentionSettingsDialogProps {
  thresholds: AttentionThresholds;
  onSave: (thresholds: AttentionThresholds) => void;
  onClose: () => void;
}

/** The thresholds behind "Needs attention", kept per browser by the caller. */
export function AttentionSettingsDialog({ thresholds, onSave, onClose }: AttentionSettingsDialogProps) {
  const [drafts, setDrafts] = useState<Drafts>(() => toDrafts(thresholds));
  const [submitted, setSubmitted] = useState(false);
  const inputs = useRef<Partial<Record<keyof AttentionThresholds, HTMLInputElement | null>>>({});
  const invalid = (key: keyof AttentionThresholds) => submitted && parseDays(drafts[key]) === undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const parsed = { neverUsedDays: parseDays(drafts.neverUsedDays), unusedDays: parseDays(drafts.unusedDays), notRotatedDays: parseDays(drafts.notRotatedDays) };
    const firstInvalid = FIELDS.find((field) => parsed[field.key] === undefined);
    if (firstInvalid) {
      inputs.current[firstInvalid.key]?.focus();
      return;
    }
    const { neverUsedDays, unusedDays, notRotatedDays } = parsed;
    if (neverUsedDays === undefined || unusedDays === undefined || notRotatedDays === undefined) return;
    onSave({ neverUsedDays, unusedDays, notRotatedDays });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="attention-settings-title" fullWidth maxWidth="xs">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="attention-settings-title">{s.settingsTitle}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5}>
            <Typography variant="body2">{s.settingsIntro}</Typography>
            {FIELDS.map((field) => (
              <TextField
                key={field.key}
                label={field.label}
                value={drafts[field.key]}
                onChange={(event) => setDrafts((current) => ({ ...current, [field.key]: event.target.value }))}
                type="number"
                required
                error={invalid(field.key)}
                helperText={invalid(field.key) ? s.daysInvalid(MIN_THRESHOLD_DAYS, MAX_THRESHOLD_DAYS) : undefined}
                inputRef={(element: HTMLInputElement | null) => {
                  inputs.current[field.key] = element;
                }}
                slotProps={{ htmlInput: { min: MIN_THRESHOLD_DAYS, max: MAX_THRESHOLD_DAYS, step: 1, inputMode: 'numeric' } }}
              />
            ))}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ justifyContent: 'space-between' }}>
          <Button
            onClick={() => {
              setDrafts(toDrafts(DEFAULT_ATTENTION_THRESHOLDS));
              setSubmitted(false);
            }}
          >
            {s.resetDefaults}
          </Button>
          <Stack direction="row" spacing={1}>
            <Button onClick={onClose}>{s.cancel}</Button>
            <Button type="submit" variant="contained">
              {s.save}
            </Button>
          </Stack>
        </DialogActions>
      </form>
    </Dialog>
  );
}
