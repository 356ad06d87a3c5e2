import { createContext, useContext } from 'react';
import type { StacRequestRunner } from '../../contract';
import { StacRendererContext } from '../../StacRendererContext';

export type { StacRequestOutcome, StacRequestRunner } from '../../contract';

/**
 * A host's or a test's own runner for the widgets below it. A view puts its runner in the renderer context
 * (no provider of its own): useStacRequest reads this context first, then the view's.
 */
export const StacRequestContext = createContext<StacRequestRunner | null>(null);
StacRequestContext.displayName = 'StacRequestContext';

export function useStacRequest(): StacRequestRunner | null {
  const own = useContext(StacRequestContext);
  const renderer = useContext(StacRendererContext);
  return own ?? renderer?.requestRunner ?? null;
}
