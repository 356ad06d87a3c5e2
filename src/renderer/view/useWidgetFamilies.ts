/**
 * Waits for the widget families a JSON value (a document, a dialog's widget, a fetched widget) uses. Where
 * every family is bundled (the app, server rendering) it is ready at once and costs one render-time check;
 * the embed loads a family's chunk the first time a document uses it (widgets/builtinRegistry.lazy.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import { loadWidgetFamilies, onWidgetFamiliesLoaded, widgetFamiliesMissing } from '../widgets/familyLoader';

export type WidgetFamiliesState =
  { status: 'ready' } | { status: 'loading' } | { status: 'failed'; error: Error; retry(): void };

const READY: WidgetFamiliesState = { status: 'ready' };
const LOADING: WidgetFamiliesState = { status: 'loading' };

interface Settled {
  pending: Promise<void>;
  error?: Error;
}

export function useWidgetFamilies(value: unknown): WidgetFamiliesState {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  // Starting a load is idempotent (one request per family and page), so it may start while rendering:
  // what a document needs is known before anything of it is drawn.
  const pending = useMemo(() => {
    void attempt; // a retry asks again: the chunk that failed is requested anew
    return loadWidgetFamilies(value);
  }, [value, attempt]);
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
  const failed = settled?.pending === pending && settled.error !== undefined;
  // Another view's Retry may bring in what this view waits for: once nothing it uses is missing, it renders.
  useEffect(() => {
    if (!failed) return undefined;
    return onWidgetFamiliesLoaded(() => {
      if (!widgetFamiliesMissing(value)) setAttempt((count) => count + 1);
    });
  }, [failed, value]);
  if (!pending) return READY;
  if (settled?.pending !== pending) return LOADING;
  if (!settled.error) return READY;
  return { status: 'failed', error: settled.error, retry: () => setAttempt((count) => count + 1) };
}
