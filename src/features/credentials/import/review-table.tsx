import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { providerListing } from '../providers/provider-catalog';
import { isReady, type Row, type RowResult, type SkippedRow } from './import-state';
import { GIT_PROVIDERS, type GitProviderId } from './model';
import { importStrings } from './strings';
import { targetProvider } from './to-values';

const t = importStrings.review;

interface ReviewTableProps {
  rows: readonly Row[];
  running: boolean;
  onInclude: (key: string, include: boolean) => void;
  onIncludeAll: (include: boolean) => void;
  onProvider: (row: Row, provider: GitProviderId | null) => void;
  onPassphrase: (key: string, passphrase: string) => void;
  onEdit: (key: string) => void;
}

function resultText(row: Row): { text: string; tone: 'error' | 'success.main' | 'text.secondary' } {
  const result: RowResult = row.result;
  if (row.problem !== null) return { text: t.invalid(row.problem), tone: 'error' };
  switch (result.status) {
    case 'created':
      return { text: t.created, tone: 'success.main' };
    case 'failed':
      return { text: t.failed(result.message), tone: 'error' };
    case 'creating':
      return { text: t.creating, tone: 'text.secondary' };
    case 'pending':
      return { text: t.pending, tone: 'text.secondary' };
  }
}

const hostOf = (row: Row) => (row.found.target.kind === 'git' ? row.found.target.baseUrl : row.found.label);

/** Step two: one row per found credential, with its provider, suggested name, identifying detail and result. */
export function ReviewTable({ rows, running, onInclude, onIncludeAll, onProvider, onPassphrase, onEdit }: ReviewTableProps) {
  const open = rows.filter((row) => row.result.status !== 'created');
  const included = open.filter((row) => row.include).length;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-labelledby="import-review-heading">
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>
          <Typography variant="body2" color="text.secondary" component="span">
            {t.caption}
          </Typography>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                slotProps={{ input: { 'aria-label': t.includeAll } }}
                checked={open.length > 0 && included === open.length}
                indeterminate={included > 0 && included < open.length}
                disabled={running || open.length === 0}
                onChange={(event) => onIncludeAll(event.target.checked)}
              />
            </TableCell>
            <TableCell>{t.columns.provider}</TableCell>
            <TableCell>{t.columns.name}</TableCell>
            <TableCell>{t.columns.detail}</TableCell>
            <TableCell>{t.columns.source}</TableCell>
            <TableCell>{t.columns.result}</TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                {t.columns.actions}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const provider = targetProvider(row.found.target, row);
            const name = row.name ?? t.checkingNames;
            const result = resultText(row);
            const done = row.result.status === 'created';
            const asksProvider = row.found.target.kind === 'git' && row.found.target.provider === null;
            return (
              <TableRow key={row.key} data-row-key={row.key}>
                <TableCell padding="checkbox">
                  <Checkbox
                    slotProps={{ input: { 'aria-label': t.include(name) } }}
                    checked={row.include && !done}
                    disabled={running || done || row.problem !== null}
                    onChange={(event) => onInclude(row.key, event.target.checked)}
                  />
                </TableCell>
                <TableCell>
                  {asksProvider && !done ? (
                    <TextField
                      select
                      size="small"
                      label={t.chooseProvider(hostOf(row))}
                      value={row.provider ?? ''}
                      disabled={running}
                      onChange={(event) => onProvider(row, (event.target.value as GitProviderId | '') || null)}
                      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                      sx={{ minWidth: 180 }}
                    >
                      <option value="">{t.chooseProviderPlaceholder}</option>
                      {GIT_PROVIDERS.map((id) => (
                        <option key={id} value={id}>
                          {providerListing(id).displayName}
                        </option>
                      ))}
                    </TextField>
                  ) : provider === null ? (
                    '—'
                  ) : (
                    providerListing(provider).displayName
                  )}
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{name}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {row.detail}
                  {row.found.needsPassphrase && !done && (
                    <TextField
                      type="password"
                      size="small"
                      fullWidth
                      label={t.passphrase(name)}
                      helperText={t.passphraseHelp}
                      value={row.passphrase}
                      disabled={running}
                      onChange={(event) => onPassphrase(row.key, event.target.value)}
                      autoComplete="off"
                      sx={{ mt: 1 }}
                    />
                  )}
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.source}</TableCell>
                <TableCell>
                  <Typography variant="body2" color={result.tone} sx={{ overflowWrap: 'anywhere' }}>
                    {result.text}
                  </Typography>
                </TableCell>
                <TableCell>
                  {!done && (
                    <Button size="small" aria-label={t.edit(name)} disabled={running || !isReady({ ...row, passphrase: 'x' })} onClick={() => onEdit(row.key)}>
                      {t.editLabel}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Entries found but not importable, each with its reason. */
export function SkippedTable({ rows }: { rows: readonly SkippedRow[] }) {
  const s = importStrings.review.skippedColumns;
  return (
    <Box component="section" aria-labelledby="import-skipped-heading" sx={{ overflowX: 'auto' }}>
      <Typography id="import-skipped-heading" component="h3" variant="subtitle1" sx={{ mt: 3, mb: 0.5, fontWeight: 600 }}>
        {importStrings.review.skippedHeading}
      </Typography>
      <Table size="small" aria-labelledby="import-skipped-heading">
        <TableHead>
          <TableRow>
            <TableCell>{s.entry}</TableCell>
            <TableCell>{s.source}</TableCell>
            <TableCell>{s.reason}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.label}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.source}</TableCell>
              <TableCell>{row.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
