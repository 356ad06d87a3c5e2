import {
  lightTheme,
  darkTheme,
  themeToCssVariables,
  themeToCssText,
  resolveTheme,
} from '../../../src/renderer/theme';
import { THEME_COLOR_ROLES, TEXT_STYLE_NAMES } from '../../../src/stac-schema/values';

describe('theme variables', () => {
  it('names every colour role and type style as a CSS variable', () => {
    const variables = themeToCssVariables(lightTheme);
    for (const role of THEME_COLOR_ROLES) expect(variables[`--stac-color-${role}`]).toMatch(/^#[0-9A-F]{6}$/);
    for (const name of TEXT_STYLE_NAMES) {
      expect(variables[`--stac-text-${name}-size`]).toMatch(/px$/);
      expect(variables[`--stac-text-${name}-weight`]).toMatch(/^[1-9]00$/);
    }
    expect(variables['--stac-color-onPrimary']).toBe('#FFFFFF');
    expect(variables['--stac-text-bodyMedium-size']).toBe('14px');
  });

  it('lets a host restyle a widget colour by setting the variable', () => {
    const host = document.createElement('div');
    host.style.setProperty('--stac-color-primary', 'rgb(1, 2, 3)');
    document.body.append(host);
    expect(getComputedStyle(host).getPropertyValue('--stac-color-primary').trim()).toBe('rgb(1, 2, 3)');
    host.remove();
  });

  it('writes a stylesheet rule for hosts that theme with CSS', () => {
    expect(themeToCssText(darkTheme, '.plugin')).toContain('--stac-color-surface: #141218;');
  });

  it('reads light, dark, partial and Stac theme JSON', () => {
    expect(resolveTheme('dark')).toBe(darkTheme);
    expect(resolveTheme(undefined)).toBe(lightTheme);
    const stacJson = resolveTheme({
      brightness: 'dark',
      colorScheme: { primary: '#CCBDFA', success: '#27BA62' },
    });
    expect(stacJson.brightness).toBe('dark');
    expect(stacJson.colors.primary).toBe('rgba(204, 189, 250, 1)');
    expect(stacJson.colors.surface).toBe(darkTheme.colors.surface);
    const hostile = resolveTheme({ colors: { primary: 'red; background: url(//x)' } });
    expect(hostile.colors.primary).toBe(lightTheme.colors.primary);
  });
});
