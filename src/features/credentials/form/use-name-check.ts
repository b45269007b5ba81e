import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * The name availability check: format first, then the API. A newer check aborts the one in
 * flight and answers that arrive late are dropped, so the status always matches the last name.
 */
export function useNameCheck({ workspaceId, ownName }: Options) {
  const [status, setStatus] = useState<NameCheckStatus>('idle');
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
    [cancel, ownName, workspaceId],
  );

  /** On blur: debounced, so tabbing through the form sends one request at most. */
  const schedule = useCallback(
    (name: string) => {
      cancel();
      if (name === '') {
        setStatus('idle');
        return;
      }
      timer.current = setTimeout(() => void checkNow(name), debounceMs);
    },
    [cancel, checkNow],
  );

  const reset = useCallback(() => {
    cancel();
    setStatus('idle');
  }, [cancel]);

  return { status, schedule, checkNow, reset };
}
