/** The theme of a view: resolved once per distinct theme; a custom one spread as CSS variables on the view's box. */
import { useMemo, type CSSProperties } from 'react';
import {
  resolveTheme,
  themePresetOf,
  themeToCssVariables,
  type StacTheme,
  type StacThemePreset,
} from '../theme';

export type StacThemeInput = 'light' | 'dark' | StacTheme | Record<string, unknown>;

export interface ViewTheme {
  theme: StacTheme;
  /** The built-in theme whose rule in the shared stylesheet draws it, or null for a custom theme. */
  preset: StacThemePreset | null;
  /** The view box's style: the host's, with a custom theme's variables inline before it. */
  style: CSSProperties | undefined;
}

/** The view's theme and its box's style, in one memo: resolved once per distinct theme and style. */
export function useViewTheme(theme: StacThemeInput | undefined, style: CSSProperties | undefined): ViewTheme {
  // An inline theme object from the host must not re-render every theme consumer on each host render.
  const themeKey = typeof theme === 'object' && theme !== null ? JSON.stringify(theme) : (theme ?? 'light');
  return useMemo(() => {
    const input: unknown = themeKey.startsWith('{') ? JSON.parse(themeKey) : themeKey;
    const resolved = isStacTheme(input) ? input : resolveTheme(input);
    const preset = themePresetOf(resolved);
    // The built-in themes come from the shared stylesheet; only a custom theme is inline.
    const boxStyle = preset
      ? style
      : { ...themeToCssVariables(resolved), colorScheme: resolved.brightness, ...style };
    return { theme: resolved, preset, style: boxStyle };
  }, [themeKey, style]);
}

function isStacTheme(value: unknown): value is StacTheme {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<StacTheme>;
  return (
    (candidate.brightness === 'light' || candidate.brightness === 'dark') &&
    typeof candidate.colors === 'object' &&
    typeof candidate.textStyles === 'object' &&
    typeof candidate.fontFamily === 'string'
  );
}
