import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNameCheck, useNameCheckStatus } from './use-name-check';

/** The check as the form holds it, with the status as the name field reads it. */
function useCheckAndStatus(options: Parameters<typeof useNameCheck>[0]) {
  const check = useNameCheck(options);
  return { ...check, status: useNameCheckStatus(check) };
}

interface Pending {
  url: URL;
  signal: AbortSignal;
  resolve: (status: number) => void;
}

let pending: Pending[] = [];

beforeEach(() => {
  pending = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string, init: RequestInit) => {
      const signal = init.signal ?? new AbortController().signal;
      return new Promise<Response>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        pending.push({
          url: new URL(input, 'http://console.test'),
          signal,
          resolve: (status) => resolve(new Response(status === 204 ? null : JSON.stringify({ message: 'x' }), { status })),
        });
      });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useNameCheck', () => {
  it('checks the format first, without asking the server', async () => {
    const { result } = renderHook(() => useCheckAndStatus({ workspaceId: 7 }));
    await act(async () => {
      await expect(result.current.checkNow('bad name')).resolves.toBe('invalid');
    });
    expect(result.current.status).toBe('invalid');
    expect(pending).toHaveLength(0);
  });

  it('asks the validate endpoint with workspace and name, and maps 204 / 409 / 500', async () => {
    const { result } = renderHook(() => useCheckAndStatus({ workspaceId: 7 }));
    for (const [status, expected] of [
      [204, 'available'],
      [409, 'taken'],
      [500, 'failed'],
    ] as const) {
      let outcome: Promise<string> | undefined;
      act(() => {
        outcome = result.current.checkNow('prod-keys');
      });
      expect(result.current.status).toBe('checking');
      const request = pending.at(-1);
      expect(request?.url.pathname).toBe('/api/credentials/validate');
      expect(request?.url.searchParams.get('workspaceId')).toBe('7');
      expect(request?.url.searchParams.get('name')).toBe('prod-keys');
      await act(async () => {
        request?.resolve(status);
        await outcome;
      });
      expect(result.current.status).toBe(expected);
    }
  });

  it('aborts a superseded check and ignores its late answer', async () => {
    const { result } = renderHook(() => useCheckAndStatus({ workspaceId: undefined }));
    act(() => {
      void result.current.checkNow('first');
      void result.current.checkNow('second');
    });
    const [first, second] = pending;
    expect(first?.signal.aborted).toBe(true);
    await act(async () => {
      first?.resolve(409);
      second?.resolve(204);
      await Promise.resolve();
    });
    await waitFor(() => expect(result.current.status).toBe('available'));
  });

  it('treats the credential’s own name as available on edit', async () => {
    const { result } = renderHook(() => useCheckAndStatus({ workspaceId: 7, ownName: 'mine' }));
    await act(async () => {
      await expect(result.current.checkNow('mine')).resolves.toBe('available');
    });
    expect(pending).toHaveLength(0);
  });

  it('debounces blur checks so only the last name is sent', async () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useCheckAndStatus({ workspaceId: 7 }));
    act(() => {
      result.current.schedule('one');
      result.current.schedule('two');
    });
    expect(pending).toHaveLength(0);
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(pending.map((request) => request.url.searchParams.get('name'))).toEqual(['two']);
  });
});
