import { useEffect, useSyncExternalStore } from 'react';

/**
 * One piece of server data that every slot of an embedding page shares (the installed list, the signed-in
 * user): fetched once, kept while anyone shows it, refetched when it is older than `staleMs` and asked for
 * again. The embed's whole need of a query cache; the app keeps TanStack Query for its many screens.
 */
export interface ResourceState<T> {
  status: 'idle' | 'pending' | 'success' | 'error';
  data: T | undefined;
  error: unknown;
  /** When the data arrived (ms since the epoch), 0 before. */
  updatedAt: number;
}

export interface SharedResource<T> {
  getState(): ResourceState<T>;
  /** Counts who shows it: when the last one leaves, a request in flight is aborted. */
  subscribe(listener: () => void): () => void;
  /** Loads when never loaded, failed before, or older than `staleMs`; one request at a time. */
  ensureFresh(): void;
  /**
   * Loads again now (after a change the server made), keeping what is shown until the answer; a request
   * already in flight may predate the change, so it is dropped, not joined.
   */
  refetch(): Promise<void>;
  /** Replaces the data at once (an optimistic change, or null after the session ended). */
  set(data: T): void;
}

export interface SharedResourceOptions {
  /** How old data may be before `ensureFresh` asks again. */
  staleMs: number;
  /** Whether a failure is worth another try (network trouble, 5xx, 429); tried at most twice more. */
  isTransient(error: unknown): boolean;
  /** Wait before the next try after `failures` failures; default 1 s, then 2 s. */
  retryDelayMs?: (failures: number) => number;
  /**
   * Told once per load that failed for good (after its retries; not when aborted), with whether data is
   * still shown: the embed says so on the console, where a host's developer looks when a slot stays empty.
   */
  onFailure?: (error: unknown, keptData: boolean) => void;
}

const IDLE = { status: 'idle', data: undefined, error: undefined, updatedAt: 0 } as const;
const MAX_RETRIES = 2;
const defaultRetryDelay = (failures: number) => 1000 * 2 ** failures;

/** Resolves after `ms` unless the signal aborts first (then it rejects, ending the retries). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function createSharedResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  options: SharedResourceOptions,
): SharedResource<T> {
  let state: ResourceState<T> = IDLE;
  let inFlight: { controller: AbortController; done: Promise<void> } | null = null;
  let subscribers = 0;
  const listeners = new Set<() => void>();
  const publish = (next: ResourceState<T>) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  async function attempt(signal: AbortSignal): Promise<T> {
    for (let failures = 0; ; failures += 1) {
      try {
        return await load(signal);
      } catch (error) {
        if (signal.aborted || failures >= MAX_RETRIES || !options.isTransient(error)) throw error;
        await pause((options.retryDelayMs ?? defaultRetryDelay)(failures), signal);
      }
    }
  }

  function start(restart = false): Promise<void> {
    if (inFlight && !restart) return inFlight.done;
    // A request sent before the server changed something may answer with the old state: drop it.
    inFlight?.controller.abort();
    const controller = new AbortController();
    if (state.status !== 'success') publish({ ...state, status: 'pending' });
    const done = attempt(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted)
          publish({ status: 'success', data, error: undefined, updatedAt: Date.now() });
      },
      (error: unknown) => {
        // Data already shown stays shown when a refetch fails; a first load shows the failure.
        if (controller.signal.aborted) return;
        const keptData = state.updatedAt > 0;
        publish(keptData ? { ...state, status: 'success' } : { ...IDLE, status: 'error', error });
        options.onFailure?.(error, keptData);
      },
    );
    inFlight = { controller, done };
    void done.finally(() => {
      if (inFlight?.controller === controller) inFlight = null;
    });
    return done;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      subscribers += 1;
      return () => {
        listeners.delete(listener);
        subscribers -= 1;
        // Nobody shows it any more: stop the request, and let the next one who asks start afresh. Checked a
        // microtask later, so that a component that resubscribes at once (React's StrictMode runs effects
        // twice in development) keeps the request instead of sending it again.
        queueMicrotask(() => {
          if (subscribers > 0 || !inFlight) return;
          inFlight.controller.abort();
          inFlight = null;
          if (state.status === 'pending') state = IDLE;
        });
      };
    },
    ensureFresh() {
      const fresh = state.status === 'success' && Date.now() - state.updatedAt < options.staleMs;
      if (!fresh) void start();
    },
    refetch: () => start(true),
    set(data) {
      publish({ status: 'success', data, error: undefined, updatedAt: Date.now() });
    },
  };
}

/** The resource's state in a component; asks for fresh data while `enabled`. */
export function useSharedResource<T>(resource: SharedResource<T>, enabled = true): ResourceState<T> {
  const state = useSyncExternalStore(resource.subscribe, resource.getState, resource.getState);
  useEffect(() => {
    if (enabled) resource.ensureFresh();
  }, [resource, enabled]);
  return state;
}
