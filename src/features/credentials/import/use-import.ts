import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client';
import { credentialsQueries } from '../api/credentials-queries';
import { validateCredentialsName } from '../api/credentials-write-api';
import { sshFingerprint } from '../form/ssh-fingerprint';
import { identifyingDetail } from '../providers/identifying-detail';
import { keysFor } from '../form/provider-registry';
import { createMany } from './create-runner';
import { importReducer, initialImportState, rowsToCreate, type Row, type SkippedRow } from './import-state';
import type { GitProviderId, ParseResult } from './model';
import { uniqueNames, type NameAnswer } from './names';
import { recognise } from './parsers/recognise';
import { readFile } from './read-source';
import { importStrings } from './strings';
import { formProblem, formValuesFor, foundProblem, targetProvider } from './to-values';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${String((counter += 1))}`;

/** The list's identifying detail for what will be created, else the parser's own (cluster user, account). */
function detailOf(row: Pick<Row, 'found' | 'provider'>): string {
  const provider = targetProvider(row.found.target, row);
  const values = formValuesFor(row.found, { name: 'detail', provider: row.provider });
  if (provider === null || values === null) return row.found.detail;
  const baseUrl = 'baseUrl' in values && values.baseUrl !== '' ? values.baseUrl : undefined;
  return identifyingDetail({ provider, keys: { discriminator: provider, ...keysFor(values) }, baseUrl }) ?? row.found.detail;
}

/**
 * The import flow's state and actions. File contents live only in the rows' found values, in this
 * component's memory: nothing is written to storage or the URL, and it is all gone when the dialog unmounts.
 */
export function useImport(workspaceId: number | undefined) {
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const queryClient = useQueryClient();
  // The latest state, for the async steps (naming, create) that run across renders.
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  // Names are chosen one source at a time, so two files read together cannot pick the same name.
  const naming = useRef<Promise<void>>(Promise.resolve());
  const pasted = useRef(0);

  const checkName = useCallback(
    async (name: string): Promise<NameAnswer> => {
      try {
        await validateCredentialsName(name, workspaceId, new AbortController().signal);
        return 'free';
      } catch (error) {
        return isApiError(error, 409) ? 'taken' : 'unknown';
      }
    },
    [workspaceId],
  );

  const accept = useCallback(
    (sourceId: string, sourceName: string, result: ParseResult) => {
      if (!result.ok) {
        dispatch({ type: 'source-failed', sourceId, message: result.message });
        return;
      }
      const rows: Row[] = [];
      const skipped: SkippedRow[] = result.skipped.map((entry) => ({ ...entry, key: nextId('skip'), sourceId, source: sourceName }));
      for (const found of result.found) {
        // What the form would refuse is not offered, with the form's own message as the reason.
        const problem = foundProblem(found);
        if (problem !== null) {
          skipped.push({ key: nextId('skip'), sourceId, source: sourceName, label: found.label, reason: problem });
          continue;
        }
        const row: Row = {
          key: nextId('row'),
          sourceId,
          source: sourceName,
          found,
          name: null,
          detail: found.detail,
          include: true,
          provider: null,
          passphrase: '',
          problem: null,
          result: { status: 'pending' },
        };
        rows.push({ ...row, detail: detailOf(row) });
      }
      dispatch({ type: 'source-read', sourceId, format: result.format, rows, skipped });
      for (const row of rows) {
        const target = row.found.target;
        if (target.kind === 'form' && target.provider === 'ssh') {
          void sshFingerprint(String(target.keys.privateKey)).then((fingerprint) => {
            const detail = [fingerprint, row.found.needsPassphrase ? importStrings.labels.sshEncrypted : undefined].filter(Boolean).join(' · ');
            if (detail !== '') dispatch({ type: 'detail', key: row.key, detail });
          });
        }
      }
      naming.current = naming.current.then(async () => {
        const reserved = stateRef.current.rows.flatMap((row) => (row.name === null ? [] : [row.name]));
        const names = await uniqueNames(
          rows.map((row) => row.found.nameHint),
          checkName,
          reserved,
        );
        dispatch({ type: 'names', names: Object.fromEntries(rows.map((row, index) => [row.key, names[index] ?? row.found.nameHint])) });
      });
    },
    [checkName],
  );

  const addFiles = useCallback(
    (files: readonly File[]) => {
      for (const file of files) {
        const id = nextId('source');
        dispatch({ type: 'source-reading', source: { id, name: file.name, status: 'reading', found: 0, skipped: 0 } });
        void readFile(file).then((result) => accept(id, file.name, result));
      }
    },
    [accept],
  );

  const addText = useCallback(
    (text: string) => {
      const id = nextId('source');
      pasted.current += 1;
      const name = importStrings.pastedSource(pasted.current);
      dispatch({ type: 'source-reading', source: { id, name, status: 'reading', found: 0, skipped: 0 } });
      accept(id, name, recognise(text, ''));
    },
    [accept],
  );

  const chooseProvider = useCallback((row: Row, provider: GitProviderId | null) => {
    const problem = provider === null ? null : foundProblem(row.found, { provider });
    dispatch({ type: 'provider', key: row.key, provider, problem });
    if (problem === null) dispatch({ type: 'detail', key: row.key, detail: detailOf({ found: row.found, provider }) });
  }, []);

  const create = useCallback(async () => {
    const rows = rowsToCreate(stateRef.current);
    if (rows.length === 0 || stateRef.current.running) return;
    dispatch({ type: 'running', running: true });
    const work: { key: string; values: NonNullable<ReturnType<typeof formValuesFor>> }[] = [];
    for (const row of rows) {
      const values = formValuesFor(row.found, { name: row.name ?? '', provider: row.provider, passphrase: row.passphrase });
      const problem = values === null ? importStrings.review.needsProvider : formProblem(values);
      if (values === null || problem !== null) {
        dispatch({ type: 'result', key: row.key, result: { status: 'failed', message: problem ?? importStrings.review.needsProvider } });
        continue;
      }
      dispatch({ type: 'result', key: row.key, result: { status: 'creating' } });
      work.push({ key: row.key, values });
    }
    await createMany(work, workspaceId, (key, outcome) => {
      dispatch({ type: 'result', key, result: outcome.status === 'created' ? { status: 'created' } : { status: 'failed', message: outcome.message } });
    });
    dispatch({ type: 'running', running: false });
    await queryClient.invalidateQueries({ queryKey: credentialsQueries.all() });
  }, [queryClient, workspaceId]);

  return { state, dispatch, addFiles, addText, chooseProvider, create };
}
