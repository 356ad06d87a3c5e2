import { useCallback, useContext, useSyncExternalStore } from 'react';
import { lightTheme, type StacTheme } from './theme';
import { StacRendererContext } from './StacRendererContext';

const noSubscription = () => () => undefined;

/** The resolved theme of the enclosing StacView (light outside one, so widgets render in isolation too). */
export function useStacTheme(): StacTheme {
  const source = useContext(StacRendererContext)?.theme ?? null;
  const subscribe = useCallback(
    (onChange: () => void) => (source ? source.subscribe(onChange) : noSubscription()),
    [source],
  );
  const current = () => source?.current ?? lightTheme;
  return useSyncExternalStore(subscribe, current, current);
}
