import { parseStacTheme, validateStacFile } from '../../src/stac-schema';

describe('validateStacFile: whatever a STAC JSON file holds', () => {
  it('validates the ui of a plugin record under the path "ui", unwrapping {ui: {ui}}', () => {
    const result = validateStacFile({
      id: 'p',
      name: 'P',
      version: '1.0.0',
      slot: 'asset_detail',
      ui: { ui: { type: 'text', data: 'x', maxLines: 'lots' } },
    });
    expect(result.kind).toBe('plugin');
    expect(result.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_value@ui.maxLines']);
  });

  it('checks plugin fields: warnings when rendering, errors when publishing', () => {
    const plugin = { name: 'P', version: 'one', slot: 'Top Slot', ui: { type: 'text', data: 'x' } };
    const lenient = validateStacFile(plugin);
    expect(lenient.ok).toBe(true);
    expect(lenient.issues.map((i) => `${i.severity}:${i.path}`)).toEqual(['warning:version', 'warning:slot']);
    const strict = validateStacFile(plugin, { mode: 'strict' });
    expect(strict.ok).toBe(false);
    expect(strict.issues.map((i) => `${i.severity}:${i.path}`)).toEqual(['error:version', 'error:slot']);
  });

  it('refuses a plugin without ui', () => {
    const result = validateStacFile({ id: 'p', name: 'P', version: '1.0.0', slot: 'dashboard_top' });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'missing_required', path: 'ui' })]);
  });

  it('validates a bare document under "$" and a list of documents item by item', () => {
    expect(validateStacFile({ type: 'text', data: 1 }, { mode: 'strict' }).issues[0].path).toBe('$.data');
    const list = validateStacFile([
      { type: 'text', data: 'a' },
      { type: 'txet', data: 'b' },
    ]);
    expect(list.kind).toBe('documents');
    expect(list.documents).toHaveLength(2);
    expect(list.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['unknown_widget@$[1].type']);
  });

  it('validates a Stac theme file', () => {
    const theme = { brightness: 'dark', colorScheme: { primary: '#CCBDFA', onPrimary: 'purpleish' } };
    const result = validateStacFile(theme);
    expect(result.kind).toBe('theme');
    expect(result.issues.map((i) => `${i.severity}:${i.code}@${i.path}`)).toEqual([
      'warning:invalid_value@$.colorScheme.onPrimary',
    ]);
    expect(parseStacTheme(theme, { mode: 'strict' }).ok).toBe(false);
    expect(parseStacTheme({ brightness: 'dim' }).issues[0]).toMatchObject({
      code: 'invalid_value',
      path: 'theme.brightness',
    });
  });
});
