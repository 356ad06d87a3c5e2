/**
 * The built-in themes and the view's base text as one shared stylesheet. A view with the light or dark
 * theme carries only `data-stac-theme`, not 200 custom properties inline: a view's fixed cost stays
 * near a bare element (jsdom re-serialises an element's whole inline style on every property set, and
 * server HTML of a one-node document was 7 KB of variables). Custom theme objects stay inline.
 */
import { darkTheme, lightTheme } from './baselineThemes';
import type { StacTheme } from './StacTheme';
import { textVariable, themeToCssVariables } from './themeToCssVariables';

export type StacThemePreset = 'light' | 'dark';

/** Which shared rule draws `theme`, or null when it is a custom theme that must be inlined. */
export function themePresetOf(theme: StacTheme): StacThemePreset | null {
  if (theme === lightTheme) return 'light';
  if (theme === darkTheme) return 'dark';
  return null;
}

function presetRule(preset: StacThemePreset, theme: StacTheme): string {
  const variables = Object.entries(themeToCssVariables(theme))
    .map(([name, value]) => `${name}:${value};`)
    .join('');
  // A custom theme of the same brightness matches too; its inline variables (the same names) win.
  return `.stac-view[data-stac-theme="${preset}"]{${variables}color-scheme:${preset};}`;
}

// Flutter's default text style (bodyMedium on onSurface): text outside a scaffold or card must not take
// the host page's font. No background: the host decides. A column, so the root can fill the height the
// host gives the view (the root's screen).
const BASE_TEXT_RULE =
  `.stac-view{display:flex;flex-direction:column;font-family:var(--stac-font-family, ${lightTheme.fontFamily});` +
  `font-size:var(${textVariable('bodyMedium', 'size')}, 14px);` +
  `line-height:var(${textVariable('bodyMedium', 'line-height')}, 1.43);` +
  `font-weight:var(${textVariable('bodyMedium', 'weight')}, 400);` +
  `color:var(--stac-color-onSurface, #1d1b20);}`;

export const STAC_THEME_CSS = [
  BASE_TEXT_RULE,
  presetRule('light', lightTheme),
  presetRule('dark', darkTheme),
].join('\n');
