import { createContext, useContext } from 'react';
import { lightTheme, type StacTheme } from './theme';

export const StacThemeContext = createContext<StacTheme>(lightTheme);
StacThemeContext.displayName = 'StacThemeContext';

/** The resolved theme of the enclosing StacView (light outside one, so widgets render in isolation too). */
export function useStacTheme(): StacTheme {
  return useContext(StacThemeContext);
}
