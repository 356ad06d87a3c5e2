import { isThemeColorRole, isTextStyleName, parseColor, isRecord } from '../../stac-schema';
import type { StacTheme, StacTextStyleToken } from './StacTheme';
import { darkTheme, lightTheme } from './baselineThemes';

function cssColorOf(value: unknown): string | null {
  const parsed = parseColor(value);
  if (parsed?.kind !== 'rgba') return null;
  return `rgba(${parsed.r}, ${parsed.g}, ${parsed.b}, ${Number(parsed.a.toFixed(4))})`;
}

/**
 * A theme from what a host or a document passes: `'light'`, `'dark'`, a full StacTheme, a partial one
 * (`{ brightness, colors: { primary } }`), or Stac's own theme JSON (`{ brightness, colorScheme: {...} }`).
 * Colours are read as Stac colours (`#RRGGBB`, `#AARRGGBB`, Material names) so that a theme taken from a
 * document cannot smuggle arbitrary CSS. Unknown roles and unreadable colours are ignored.
 */
export function resolveTheme(input: unknown): StacTheme {
  if (input === 'dark') return darkTheme;
  if (!isRecord(input)) return lightTheme;
  const base = input.brightness === 'dark' ? darkTheme : lightTheme;
  const colors = { ...base.colors };
  const colorSources = [input.colors, input.colorScheme];
  for (const source of colorSources) {
    if (!isRecord(source)) continue;
    for (const [role, value] of Object.entries(source)) {
      if (!isThemeColorRole(role)) continue;
      const css = cssColorOf(value);
      if (css) colors[role] = css;
    }
  }
  const textStyles = { ...base.textStyles };
  if (isRecord(input.textStyles)) {
    for (const [name, value] of Object.entries(input.textStyles)) {
      if (!isTextStyleName(name) || !isRecord(value)) continue;
      const token: StacTextStyleToken = { ...textStyles[name] };
      for (const key of ['size', 'weight', 'lineHeight', 'tracking'] as const) {
        if (typeof value[key] === 'number') token[key] = value[key];
      }
      textStyles[name] = token;
    }
  }
  const fontFamily = typeof input.fontFamily === 'string' ? input.fontFamily : base.fontFamily;
  return { brightness: base.brightness, colors, textStyles, fontFamily };
}
