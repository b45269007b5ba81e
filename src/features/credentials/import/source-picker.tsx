import { useRef, useState, type DragEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { Source } from './import-state';
import { importStrings } from './strings';

const t = importStrings;

interface SourcePickerProps {
  sources: readonly Source[];
  onFiles: (files: File[]) => void;
  onText: (text: string) => void;
  onRemove: (sourceId: string) => void;
}

/** Step one: drop or choose files, or paste text; each source says what was found in it or why it was not read. */
export function SourcePicker({ sources, onFiles, onText, onRemove }: SourcePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <Stack sx={{ gap: 2 }}>
      <Typography variant="body2" color="text.secondary" id="import-intro">
        {t.intro}
      </Typography>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        sx={{
          border: '2px dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          borderRadius: 1,
          p: 3,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          gap: 1.5,
        }}
      >
        <Typography variant="body2">{t.dropZone}</Typography>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
          {t.chooseFiles}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="import-file-input"
          onChange={(event) => {
            onFiles(Array.from(event.target.files ?? []));
            // Forget the selection: the same file may be chosen again, and the element keeps no handle to it.
            event.target.value = '';
          }}
        />
      </Box>
      <TextField
        label={t.pasteLabel}
        multiline
        minRows={3}
        maxRows={10}
        value={text}
        onChange={(event) => setText(event.target.value)}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', 'data-1p-ignore': true } }}
      />
      <Box>
        <Button
          variant="outlined"
          disabled={text.trim() === ''}
          onClick={() => {
            onText(text);
            setText('');
          }}
        >
          {t.pasteAdd}
        </Button>
      </Box>
      {sources.length > 0 && (
        <Box component="section" aria-labelledby="import-sources-heading">
          <Typography id="import-sources-heading" component="h3" variant="subtitle2" sx={{ mb: 1 }}>
            {t.sourcesHeading}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
            {sources.map((source) => (
              <Box component="li" key={source.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="body2" component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                    {source.name}
                  </Typography>
                  {': '}
                  <Typography variant="body2" component="span" color={source.status === 'error' ? 'error' : 'text.secondary'}>
                    {source.status === 'reading'
                      ? t.reading
                      : source.status === 'error'
                        ? source.message
                        : `${source.format ? t.formats[source.format] : ''} · ${t.foundCount(source.found, source.skipped)}`}
                  </Typography>
                </Box>
                <IconButton size="small" aria-label={t.remove(source.name)} onClick={() => onRemove(source.id)}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </Box>
            ))}
          </Box>
        </Box>
      )}
    </Stack>
  );
}
