/** The theme of a view: resolved once per distinct theme, then spread as CSS variables on the view's box. */
import { useMemo, type CSSProperties } from 'react';
import { resolveTheme, themeToCssVariables, type StacTheme } from '../theme';

export type StacThemeInput = 'light' | 'dark' | StacTheme | Record<string, unknown>;

export function useResolvedTheme(theme: StacThemeInput | undefined): StacTheme {
  // An inline theme object from the host must not re-render every theme consumer on each host render.
  const themeKey = typeof theme === 'object' && theme !== null ? JSON.stringify(theme) : (theme ?? 'light');
  return useMemo(() => {
    const input: unknown = themeKey.startsWith('{') ? JSON.parse(themeKey) : themeKey;
    return isStacTheme(input) ? input : resolveTheme(input);
  }, [themeKey]);
}

/** The view box's style: the built-in themes come from the shared stylesheet; only a custom theme is inline. */
export function useThemeStyle(
  theme: StacTheme,
  preset: string | null | undefined,
  style: CSSProperties | undefined,
): CSSProperties | undefined {
  return useMemo<CSSProperties | undefined>(
    () => (preset ? style : { ...themeToCssVariables(theme), colorScheme: theme.brightness, ...style }),
    [preset, theme, style],
  );
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
