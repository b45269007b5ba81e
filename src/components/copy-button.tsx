import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import { visuallyHidden } from '../lib/visually-hidden';
import { commonStrings } from './strings';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  const feedback = state === 'copied' ? commonStrings.copied : state === 'failed' ? commonStrings.copyFailed : label;
  return (
    <>
      <Tooltip title={feedback} onClose={() => setState('idle')}>
        <IconButton aria-label={label} onClick={() => void copy()} size="small">
          {state === 'copied' ? <CheckIcon fontSize="small" /> : <ContentCopyIcon fontSize="small" />}
        </IconButton>
      </Tooltip>
      {/* Announces the outcome, which a tooltip alone does not reliably do. */}
      <span role="status" style={visuallyHidden}>
        {state === 'idle' ? '' : feedback}
      </span>
    </>
  );
}

