import { useId, useRef, useState, type DragEvent } from 'react';
import { useController } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { KeyShape } from '../definition';
import { formStrings } from '../strings';
import { SshFingerprint } from './ssh-fingerprint-text';
import { VisibilityToggle } from './visibility-toggle';

const maxFileBytes = 64 * 1024;

const fileFilters: Record<KeyShape, string> = {
  'ssh-key': '.pem,.key,text/plain,application/x-pem-file,*',
  'pem-key': '.pem,.key,application/x-pem-file,text/plain',
  certificate: '.pem,.crt,.cer,application/x-x509-ca-cert,text/plain',
  'google-json': '.json,application/json',
};

interface KeyTextFieldProps {
  name: string;
  label: string;
  help?: string | undefined;
  shape: KeyShape;
  secret: boolean;
  required?: boolean;
}

/** Multi-line key material: paste, choose a file or drop one; secrets are masked until shown. */
export function KeyTextField({ name, label, help, shape, secret, required }: KeyTextFieldProps) {
  const { field, fieldState } = useController({ name });
  const [visible, setVisible] = useState(!secret);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const value = typeof field.value === 'string' ? field.value : '';

  const load = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxFileBytes) {
      setFileError(formStrings.errors.fileTooLarge);
      return;
    }
    try {
      setFileError(null);
      field.onChange(await file.text());
      field.onBlur();
    } catch {
      setFileError(formStrings.errors.fileUnreadable);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };

  const error = fieldState.error?.message ?? fileError ?? undefined;
  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      sx={{ borderRadius: 1, outline: dragging ? '2px dashed' : 'none', outlineColor: 'primary.main', outlineOffset: 4 }}
    >
      <TextField
        name={field.name}
        value={value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        label={label}
        required={required}
        multiline
        minRows={5}
        maxRows={14}
        fullWidth
        autoComplete="off"
        error={error !== undefined}
        helperText={error ?? help ?? formStrings.secret.dropHint}
        slotProps={{
          htmlInput: {
            spellCheck: false,
            autoCapitalize: 'off',
            style: { fontFamily: 'monospace', fontSize: '0.8125rem', ...(visible ? {} : { WebkitTextSecurity: 'disc' }) },
          },
          input: secret
            ? {
                endAdornment: (
                  <InputAdornment position="end" sx={{ alignSelf: 'flex-start', mt: 1 }}>
                    <VisibilityToggle label={label} visible={visible} onToggle={() => setVisible((shown) => !shown)} />
                  </InputAdornment>
                ),
              }
            : {},
        }}
      />
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mt: 1, flexWrap: 'wrap' }}>
        <input
          ref={fileInput}
          id={fileInputId}
          type="file"
          accept={fileFilters[shape]}
          hidden
          aria-label={`${formStrings.secret.chooseFile}: ${label}`}
          onChange={(event) => {
            void load(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Button
          size="small"
          variant="outlined"
          startIcon={<UploadFileIcon />}
          aria-label={`${formStrings.secret.chooseFile}: ${label}`}
          onClick={() => fileInput.current?.click()}
        >
          {formStrings.secret.chooseFile}
        </Button>
        {shape === 'ssh-key' && fieldState.error === undefined && value !== '' && <SshFingerprint privateKey={value} />}
        {dragging && (
          <Typography variant="body2" color="text.secondary">
            {formStrings.secret.dropHint}
          </Typography>
        )}
      </Stack>
    </Box>
  );
}
