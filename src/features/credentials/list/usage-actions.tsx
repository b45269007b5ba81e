import { useState } from 'react';
import Box from '@mui/material/Box';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import TuneIcon from '@mui/icons-material/Tune';
import { ChunkLoadAlert } from '../../../components/chunk-load-alert';
import { PlainButton } from '../../../components/plain-button';
import { lazyChunk, useLazyChunk } from '../../../lib/lazy-chunk';
import type { Credentials } from '../api/credentials-schemas';
import { listUsageStrings as s } from '../strings';
import type { AttentionThresholds } from '../usage/usage-model';
import type { CredentialsRow } from './credentials-rows';
import type { RowInsights } from './row-insights';
import { hiddenWhileInert } from '../../../lib/visually-hidden';

const dialogsChunk = lazyChunk(() => import('./usage-dialogs'));
const exportChunk = lazyChunk(() => import('./export-rows'));

interface UsageActionsProps {
  /** The rows shown now (filters applied, in order): what export and validate cover. */
  rows: readonly CredentialsRow[];
  insights: RowInsights;
  thresholds: AttentionThresholds;
  onThresholds: (thresholds: AttentionThresholds) => void;
  /** Owners and admins may validate; viewers see no validate action. */
  canValidate: boolean;
  workspaceId: number | undefined;
  /** Names the exported file. */
  contextName: string;
  /** Holds the actions' place without showing them (the context is not known yet). */
  placeholder?: boolean;
}

type Open = { kind: 'settings' } | { kind: 'validate'; shown: readonly Credentials[] } | undefined;

/** Attention settings, "Validate all needing attention" and export; their code loads when first used. */
export function UsageActions({ rows, insights, thresholds, onThresholds, canValidate, workspaceId, contextName, placeholder = false }: UsageActionsProps) {
  const [open, setOpen] = useState<Open>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState('');
  const [exportFailed, setExportFailed] = useState(false);
  const dialogs = useLazyChunk(dialogsChunk, open !== undefined, attempt);

  const openDialog = (next: NonNullable<Open>) => {
    setMessage('');
    setAttempt((n) => n + 1);
    setOpen(next);
  };

  const exportAs = async (format: 'csv' | 'json') => {
    setMessage('');
    setExportFailed(false);
    // The rows as they are at the click: later changes to the list do not leak into this file.
    const shown = rows;
    let module: Awaited<ReturnType<typeof exportChunk.load>>;
    try {
      module = await exportChunk.load();
    } catch {
      setExportFailed(true);
      return;
    }
    const records = module.exportRecords(shown, insights);
    const at = new Date();
    const text =
      format === 'csv' ? module.recordsToCsv(records) : module.recordsToJson(records, { workspace: contextName, exportedAt: at.toISOString() });
    module.downloadText(text, module.exportFileName(contextName, at, format), format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    setMessage(s.exportDone(records.length, format.toUpperCase()));
  };

  const validateNeedingAttention = () => {
    const shown = rows.filter((row) => insights.of(row.credentials).reasons.length > 0).map((row) => row.credentials);
    if (shown.length === 0) {
      setMessage(s.noneNeedAttention);
      return;
    }
    openDialog({ kind: 'validate', shown });
  };

  return (
    <Box
      role="group"
      aria-label={s.actionsLabel}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', px: { xs: 2, sm: 3 }, pb: 1, ...hiddenWhileInert }}
      inert={placeholder}
    >
      {canValidate && (
        <PlainButton type="button" size="small" variant="outlined" disabled={rows.length === 0} onClick={validateNeedingAttention}>
          {s.validateNeedingAttention}
        </PlainButton>
      )}
      <PlainButton type="button" size="small" onClick={() => openDialog({ kind: 'settings' })} onPointerEnter={dialogsChunk.prefetch}>
        <TuneIcon aria-hidden />
        {s.settings}
      </PlainButton>
      <PlainButton type="button" size="small" disabled={rows.length === 0} onClick={() => void exportAs('csv')} onPointerEnter={exportChunk.prefetch}>
        <FileDownloadOutlinedIcon aria-hidden />
        {s.exportCsv}
      </PlainButton>
      <PlainButton type="button" size="small" disabled={rows.length === 0} onClick={() => void exportAs('json')} onPointerEnter={exportChunk.prefetch}>
        <FileDownloadOutlinedIcon aria-hidden />
        {s.exportJson}
      </PlainButton>
      <Box component="p" role="status" sx={{ typography: 'body2', m: 0, color: 'text.secondary' }}>
        {message}
      </Box>
      {exportFailed && <Box role="alert" sx={{ typography: 'body2', color: 'error.main' }}>{s.exportFailed}</Box>}
      {open?.kind === 'settings' && dialogs.status === 'ready' && (
        <dialogs.module.AttentionSettingsDialog thresholds={thresholds} onSave={onThresholds} onClose={() => setOpen(undefined)} />
      )}
      {open?.kind === 'validate' && dialogs.status === 'ready' && (
        <dialogs.module.ValidateAllDialog shown={open.shown} workspaceId={workspaceId} onClose={() => setOpen(undefined)} />
      )}
      {open !== undefined && dialogs.status === 'failed' && <ChunkLoadAlert onDismiss={() => setOpen(undefined)} />}
    </Box>
  );
}
