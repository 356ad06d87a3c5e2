import { createContext, useContext } from 'react';

/**
 * Flutter's IconTheme: the icon size a surrounding widget asks for (icon buttons, FABs, nav bars), and the
 * icon button colour an app bar asks for (its foregroundColor reaches the action and leading buttons).
 */
export interface IconThemeValue {
  size?: number;
  color?: string;
}

export const IconThemeContext = createContext<IconThemeValue>({});

export function useIconTheme(): IconThemeValue {
  return useContext(IconThemeContext);
}
