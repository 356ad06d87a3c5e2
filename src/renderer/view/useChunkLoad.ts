/**
 * The state of code a view waits for (a chunk of the embed): started while rendering, since what a value needs
 * is known before anything of it is drawn, and idempotent (one request per chunk and page). Where everything
 * is bundled (the app, server rendering) `load` answers null and the state is ready at once.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';

export type ChunkLoadState =
  { status: 'ready' } | { status: 'loading' } | { status: 'failed'; error: Error; retry(): void };

const READY: ChunkLoadState = { status: 'ready' };
const LOADING: ChunkLoadState = { status: 'loading' };

interface Settled {
  pending: Promise<void>;
  error?: Error;
}

/**
 * `load(value)` gives null when nothing is missing, else a promise that settles when it has come (rejected
 * when it could not be loaded; asking again tries again). `retry` asks again, as the failed state's Retry does.
 */
export function useChunkLoad<T>(
  value: T,
  load: (value: T) => Promise<void> | null,
): { state: ChunkLoadState; retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  const pending = useMemo(() => {
    void attempt; // a retry asks again: the chunk that failed is requested anew
    return load(value);
  }, [value, load, attempt]);
  useEffect(() => {
    if (!pending) return;
    let live = true;
    pending.then(
      () => live && setSettled({ pending }),
      (error: unknown) =>
        live && setSettled({ pending, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [pending]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  if (!pending) return { state: READY, retry };
  if (settled?.pending !== pending) return { state: LOADING, retry };
  if (!settled.error) return { state: READY, retry };
  return { state: { status: 'failed', error: settled.error, retry }, retry };
}
