import { createContext, useContext } from 'react';

/** Flutter's IconTheme: the icon size a surrounding widget asks for (icon buttons, FABs, nav bars). */
export interface IconThemeValue {
  size?: number;
}

export const IconThemeContext = createContext<IconThemeValue>({});

export function useIconTheme(): IconThemeValue {
  return useContext(IconThemeContext);
}
