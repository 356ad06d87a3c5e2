/**
 * Waits for the widget families a JSON value (a document, a dialog's widget, a fetched widget) uses. Where
 * every family is bundled (the app, server rendering) it is ready at once and costs one render-time check;
 * the embed loads a family's chunk the first time a document uses it (widgets/builtinRegistry.lazy.ts).
 */
import { useEffect } from 'react';
import { loadWidgetFamilies, onWidgetFamiliesLoaded, widgetFamiliesMissing } from '../widgets/familyLoader';
import { useChunkLoad, type ChunkLoadState } from './useChunkLoad';

export type WidgetFamiliesState = ChunkLoadState;

export function useWidgetFamilies(value: unknown): WidgetFamiliesState {
  const { state, retry } = useChunkLoad(value, loadWidgetFamilies);
  const failed = state.status === 'failed';
  // Another view's Retry may bring in what this view waits for: once nothing it uses is missing, it renders.
  useEffect(() => {
    if (!failed) return undefined;
    return onWidgetFamiliesLoaded(() => {
      if (!widgetFamiliesMissing(value)) retry();
    });
  }, [failed, value, retry]);
  return state;
}
