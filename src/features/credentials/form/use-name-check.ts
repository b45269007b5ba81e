import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { isApiError } from '../../../lib/api-client';
import { credentialNamePattern } from './formats';
import { validateCredentialsName } from '../api/credentials-write-api';

export type NameCheckStatus = 'idle' | 'checking' | 'available' | 'taken' | 'invalid' | 'failed';

const debounceMs = 300;

interface Options {
  workspaceId: number | undefined;
  /** On edit, the stored name: keeping it is always allowed. */
  ownName?: string;
}

/** The last check's outcome, in a store of its own: only what reads it renders when it changes. */
interface StatusStore {
  get: () => NameCheckStatus;
  set: (next: NameCheckStatus) => void;
  subscribe: (listener: () => void) => () => void;
}

function createStatusStore(): StatusStore {
  let status: NameCheckStatus = 'idle';
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set: (next) => {
      if (next === status) return;
      status = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface NameCheck {
  /** The status of the last check; read it with useNameCheckStatus. */
  getStatus: () => NameCheckStatus;
  subscribe: (listener: () => void) => () => void;
  /** On blur: debounced, so tabbing through the form sends one request at most. */
  schedule: (name: string) => void;
  checkNow: (name: string) => Promise<NameCheckStatus>;
  reset: () => void;
}

/**
 * The name availability check: format first, then the API. A newer check aborts the one in
 * flight and answers that arrive late are dropped, so the status always matches the last name.
 * The form holds the check and only the name field reads its status (useNameCheckStatus): a
 * check's "checking" and its answer render the field, not the whole form.
 */
export function useNameCheck({ workspaceId, ownName }: Options): NameCheck {
  const [store] = useState(createStatusStore);
  const setStatus = store.set;
  const generation = useRef(0);
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    inFlight.current?.abort();
    inFlight.current = null;
    generation.current += 1;
  }, []);

  useEffect(() => cancel, [cancel]);

  const checkNow = useCallback(
    async (name: string): Promise<NameCheckStatus> => {
      cancel();
      const mine = generation.current;
      const settle = (next: NameCheckStatus) => {
        if (mine === generation.current) setStatus(next);
        return next;
      };
      if (!credentialNamePattern.test(name)) return settle('invalid');
      if (ownName !== undefined && name === ownName) return settle('available');
      const controller = new AbortController();
      inFlight.current = controller;
      settle('checking');
      try {
        await validateCredentialsName(name, workspaceId, controller.signal);
        return settle('available');
      } catch (error) {
        if (controller.signal.aborted) return 'idle';
        if (isApiError(error, 409)) return settle('taken');
        if (isApiError(error, 400)) return settle('invalid');
        return settle('failed');
      }
    },
    [cancel, ownName, workspaceId, setStatus],
  );

  const schedule = useCallback(
    (name: string) => {
      cancel();
      if (name === '') {
        setStatus('idle');
        return;
      }
      timer.current = setTimeout(() => void checkNow(name), debounceMs);
    },
    [cancel, checkNow, setStatus],
  );

  const reset = useCallback(() => {
    cancel();
    setStatus('idle');
  }, [cancel, setStatus]);

  return useMemo(
    () => ({ getStatus: store.get, subscribe: store.subscribe, schedule, checkNow, reset }),
    [store, schedule, checkNow, reset],
  );
}

/** The status of the last check; the component that calls this renders again when it changes. */
export function useNameCheckStatus(check: Pick<NameCheck, 'getStatus' | 'subscribe'>): NameCheckStatus {
  return useSyncExternalStore(check.subscribe, check.getStatus);
}
