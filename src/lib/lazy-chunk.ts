import { useEffect, useState } from 'react';
import { afterFirstScreen } from './preload-module';

export interface LazyChunk<T> {
  /** Starts (or joins) the load; a failure is forgotten so the next call tries the network again. */
  load: () => Promise<T>;
  /**
   * Once, when the main thread is idle after the first screen showed: fetches the chunk's code without running it (the `preload`
   * given to lazyChunk, usually preloadModule), so it is here before it is wanted and before a
   * connection drops. Nothing runs until load().
   */
  prefetch: () => void;
  loaded: () => T | undefined;
}

/**
 * A code-split module loaded on demand. React.lazy keeps a failed import forever and suspends with
 * no way to report it, so a menu whose chunk failed (offline) would silently never open; this keeps
 * the failure visible to the caller and retryable.
 */
export function lazyChunk<T>(importer: () => Promise<T>, preload?: () => void): LazyChunk<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  let prefetched = false;
  const load = () => {
    pending ??= importer().then(
      (loaded) => (value = loaded),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    load,
    prefetch: () => {
      if (prefetched) return;
      prefetched = true;
      if (preload) afterFirstScreen(preload); // a later open loads (or retries) and reports
    },
    loaded: () => value,
  };
}

export type ChunkState<T> = { status: 'idle' | 'loading' } | { status: 'ready'; module: T } | { status: 'failed' };

/** Loads `chunk` while `wanted`; each new `attempt` after a failure tries again. */
export function useLazyChunk<T>(chunk: LazyChunk<T>, wanted: boolean, attempt: number): ChunkState<T> {
  const [failedAttempt, setFailedAttempt] = useState<number | null>(null);
  const [, setLoadedTick] = useState(0);
  const module = chunk.loaded();
  const needsLoad = wanted && module === undefined && failedAttempt !== attempt;
  useEffect(() => {
    if (!needsLoad) return;
    let current = true;
    chunk.load().then(
      () => current && setLoadedTick((tick) => tick + 1),
      () => current && setFailedAttempt(attempt),
    );
    return () => {
      current = false;
    };
  }, [chunk, needsLoad, attempt]);
  if (module !== undefined) return { status: 'ready', module };
  if (!wanted) return { status: 'idle' };
  return failedAttempt === attempt ? { status: 'failed' } : { status: 'loading' };
}
