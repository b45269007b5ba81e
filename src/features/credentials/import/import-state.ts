import type { Found, GitProviderId, ImportFormat, Skipped } from './model';

/** One file or paste, as read. Its text is not kept: only what was found in it. */
export interface Source {
  id: string;
  name: string;
  status: 'reading' | 'read' | 'error';
  format?: ImportFormat;
  message?: string;
  found: number;
  skipped: number;
}

export type RowResult = { status: 'pending' } | { status: 'creating' } | { status: 'created' } | { status: 'failed'; message: string };

/** One found credential in the review table. */
export interface Row {
  key: string;
  sourceId: string;
  source: string;
  found: Found;
  /** Null while the name check runs. */
  name: string | null;
  detail: string;
  include: boolean;
  /** For a Git host the parser could not place. */
  provider: GitProviderId | null;
  passphrase: string;
  /** Why the form would refuse it with the current choices (set when a provider is picked). */
  problem: string | null;
  result: RowResult;
}

export interface SkippedRow extends Skipped {
  key: string;
  sourceId: string;
  source: string;
}

export interface ImportState {
  step: 'choose' | 'review';
  /** The row open in the form, if any. */
  editing: string | null;
  sources: Source[];
  rows: Row[];
  skipped: SkippedRow[];
  running: boolean;
}

export const initialImportState: ImportState = { step: 'choose', editing: null, sources: [], rows: [], skipped: [], running: false };

export type ImportAction =
  | { type: 'source-reading'; source: Source }
  | { type: 'source-read'; sourceId: string; format: ImportFormat; rows: Row[]; skipped: SkippedRow[] }
  | { type: 'source-failed'; sourceId: string; message: string }
  | { type: 'remove-source'; sourceId: string }
  | { type: 'names'; names: Record<string, string> }
  | { type: 'detail'; key: string; detail: string }
  | { type: 'step'; step: ImportState['step'] }
  | { type: 'edit'; key: string | null }
  | { type: 'include'; key: string; include: boolean }
  | { type: 'include-all'; include: boolean }
  | { type: 'provider'; key: string; provider: GitProviderId | null; problem: string | null }
  | { type: 'passphrase'; key: string; passphrase: string }
  | { type: 'running'; running: boolean }
  | { type: 'result'; key: string; result: RowResult }
  | { type: 'clear' };

/** Whether a row can be created as it stands (its result aside). */
export function isReady(row: Row): boolean {
  const needsProvider = row.found.target.kind === 'git' && row.found.target.provider === null && row.provider === null;
  return row.name !== null && row.problem === null && !needsProvider && !(row.found.needsPassphrase === true && row.passphrase === '');
}

/** Rows a "Create" run takes: included, ready, not created yet. */
export function rowsToCreate(state: ImportState): Row[] {
  return state.rows.filter((row) => row.include && isReady(row) && row.result.status !== 'created' && row.result.status !== 'creating');
}

const mapRow = (state: ImportState, key: string, change: (row: Row) => Row): ImportState => ({
  ...state,
  rows: state.rows.map((row) => (row.key === key ? change(row) : row)),
});

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'source-reading':
      return { ...state, sources: [...state.sources, action.source] };
    case 'source-read':
      return {
        ...state,
        sources: state.sources.map((source) =>
          source.id === action.sourceId ? { ...source, status: 'read', format: action.format, found: action.rows.length, skipped: action.skipped.length } : source,
        ),
        rows: [...state.rows, ...action.rows],
        skipped: [...state.skipped, ...action.skipped],
      };
    case 'source-failed':
      return { ...state, sources: state.sources.map((source) => (source.id === action.sourceId ? { ...source, status: 'error', message: action.message } : source)) };
    case 'remove-source':
      return {
        ...state,
        sources: state.sources.filter((source) => source.id !== action.sourceId),
        rows: state.rows.filter((row) => row.sourceId !== action.sourceId || row.result.status === 'created'),
        skipped: state.skipped.filter((row) => row.sourceId !== action.sourceId),
      };
    case 'names':
      return { ...state, rows: state.rows.map((row) => (action.names[row.key] === undefined ? row : { ...row, name: action.names[row.key] ?? row.name })) };
    case 'detail':
      return mapRow(state, action.key, (row) => ({ ...row, detail: action.detail }));
    case 'step':
      return { ...state, step: action.step, editing: null };
    case 'edit':
      return { ...state, editing: action.key };
    case 'include':
      return mapRow(state, action.key, (row) => ({ ...row, include: action.include }));
    case 'include-all':
      return { ...state, rows: state.rows.map((row) => (row.result.status === 'created' ? row : { ...row, include: action.include })) };
    case 'provider':
      return mapRow(state, action.key, (row) => ({ ...row, provider: action.provider, problem: action.problem }));
    case 'passphrase':
      return mapRow(state, action.key, (row) => ({ ...row, passphrase: action.passphrase }));
    case 'running':
      return { ...state, running: action.running };
    case 'result':
      return mapRow(state, action.key, (row) => ({ ...row, result: action.result, include: action.result.status === 'created' ? false : row.include }));
    case 'clear':
      return initialImportState;
  }
}
