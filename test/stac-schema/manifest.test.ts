import { readPluginManifest, validateStacFile, versionSatisfies } from '../../src/stac-schema';

const text = (data: string) => ({ type: 'text', data });

function pathsOf(issues: { path: string }[]): string[] {
  return issues.map((issue) => issue.path);
}

describe('plugin manifest: surfaces', () => {
  it('reads a plugin written before the manifest as one surface in its slot, with no declared permissions', () => {
    const { manifest, issues } = readPluginManifest({
      id: 'clock',
      name: 'Clock',
      slot: 'asset_detail',
      ui: text('12:00'),
    });
    expect(issues).toEqual([]);
    expect(manifest.surfaces).toEqual([{ slot: 'asset_detail', ui: text('12:00') }]);
    expect(manifest.composite).toBe(false);
    expect(manifest.permissions).toBeUndefined();
  });

  it('reads a composite plugin: one surface per slot of "surfaces"', () => {
    const { manifest, issues } = readPluginManifest({
      id: 'stock-suite',
      name: 'Stock suite',
      surfaces: { dashboard_top: text('A'), asset_detail: text('B') },
    });
    expect(issues).toEqual([]);
    expect(manifest.composite).toBe(true);
    expect(manifest.surfaces.map((surface) => surface.slot)).toEqual(['dashboard_top', 'asset_detail']);
  });

  it('refuses "ui" and "surfaces" together, and a "slot" that is not one of the surfaces', () => {
    const both = readPluginManifest(
      { name: 'x', slot: 'sidebar', ui: text('A'), surfaces: { dashboard_top: text('B') } },
      { mode: 'strict' },
    );
    expect(both.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'ui',
          severity: 'error',
          message: expect.stringContaining('never both'),
        }),
        expect.objectContaining({ path: 'slot', severity: 'error' }),
      ]),
    );
  });

  it('reports a surface that is not a document and a slot name that is not an identifier, at their paths', () => {
    const { manifest, issues } = readPluginManifest({
      name: 'x',
      surfaces: { dashboard_top: 3, 'Not A Slot': text('B') },
    });
    expect(pathsOf(issues)).toEqual(['surfaces.dashboard_top', 'surfaces["Not A Slot"]']);
    expect(manifest.surfaces).toEqual([]);
  });
});

describe('plugin manifest: fields and rules', () => {
  it('checks the id pattern and the permissions list, naming the allowed values', () => {
    const { manifest, issues } = readPluginManifest(
      {
        id: 'bad id!',
        name: 'x',
        slot: 'dashboard_top',
        ui: text('a'),
        permissions: ['user:read', 'root', 'network:api.example.com', 'user:read'],
      },
      { mode: 'strict' },
    );
    expect(issues.find((issue) => issue.path === 'id')?.message).toMatch(/letters, digits/);
    expect(issues.find((issue) => issue.path === 'permissions[1]')?.message).toMatch(
      /asset:read.*network:<host>/,
    );
    expect(issues.find((issue) => issue.path === 'permissions[3]')).toMatchObject({ severity: 'warning' });
    expect(manifest.permissions).toEqual(['user:read', 'network:api.example.com']);
  });

  it('checks requires.host as a range and against the host version', () => {
    const unmet = readPluginManifest(
      { name: 'x', requires: { host: '>=2.0.0' } },
      { mode: 'strict', hostVersion: '1.0.0' },
    );
    expect(unmet.issues).toEqual([
      expect.objectContaining({
        path: 'requires.host',
        severity: 'error',
        message: expect.stringContaining('this host is 1.0.0'),
      }),
    ]);
    const garbage = readPluginManifest({ name: 'x', requires: { host: 'soon' } });
    expect(garbage.issues[0]).toMatchObject({ path: 'requires.host', severity: 'warning' });
    expect(
      readPluginManifest({ name: 'x', requires: { host: '^1.0.0' } }, { hostVersion: '1.4.2' }).issues,
    ).toEqual([]);
  });

  it('keeps capabilities free-form but refuses empty ones', () => {
    const { manifest, issues } = readPluginManifest({
      name: 'x',
      capabilities: ['inventory-summary', '', 'ai'],
    });
    expect(manifest.capabilities).toEqual(['inventory-summary', 'ai']);
    expect(pathsOf(issues)).toEqual(['capabilities[1]']);
  });

  it('reads settings with their rules: unique keys, enum options, min <= max, defaults of the right type', () => {
    const { manifest, issues } = readPluginManifest({
      name: 'x',
      settings: [
        { key: 'city', type: 'string', label: 'City', required: true },
        { key: 'units', type: 'enum', label: 'Units', options: ['metric', 'imperial'], default: 'metric' },
        { key: 'limit', type: 'number', label: 'Limit', min: 10, max: 1, default: 'five' },
        { key: 'city', type: 'string', label: 'Again' },
        { key: 'mode', type: 'enum', label: 'Mode' },
        { key: 'flag', type: 'boolean', label: 'Flag', options: ['x'] },
      ],
    });
    expect(manifest.settings.map((field) => field.key)).toEqual(['city', 'units', 'limit', 'flag']);
    expect(manifest.settings[1]).toMatchObject({ default: 'metric', options: ['metric', 'imperial'] });
    expect(pathsOf(issues)).toEqual([
      'settings[2].max',
      'settings[2].default',
      'settings[3].key',
      'settings[4].options',
      'settings[5].options',
    ]);
    expect(issues[1].message).toMatch(/must be a number/);
  });

  it('reads dependencies (id shorthand, ranges, optional) and refuses self, duplicates and bad ranges', () => {
    const { manifest, issues } = readPluginManifest({
      id: 'me',
      name: 'x',
      dependencies: [
        'base',
        { id: 'charts', version: '^2.1.0', optional: true },
        { id: 'me' },
        { id: 'base' },
        { id: 'z', version: 'two' },
      ],
    });
    expect(manifest.dependencies).toEqual([
      { id: 'base', range: '*', optional: false },
      { id: 'charts', range: '^2.1.0', optional: true },
    ]);
    expect(pathsOf(issues)).toEqual(['dependencies[2].id', 'dependencies[3].id', 'dependencies[4].version']);
  });

  it('reads startup checks and only lets them name declared settings and dependencies', () => {
    const { manifest, issues } = readPluginManifest({
      name: 'x',
      settings: [{ key: 'apiKey', label: 'API key' }],
      dependencies: ['base'],
      startupChecks: [
        { setting: 'apiKey', title: 'Add your API key', details: 'Open the settings.' },
        { dependency: 'base' },
        { hostFeature: 'inventory' },
        { hostVersion: '>=1.0.0' },
        { setting: 'nope' },
        { dependency: 'other' },
        { setting: 'apiKey', hostFeature: 'x' },
      ],
    });
    expect(manifest.startupChecks.map((check) => check.condition.kind)).toEqual([
      'setting',
      'dependency',
      'hostFeature',
      'hostVersion',
    ]);
    expect(manifest.startupChecks[0]).toMatchObject({
      title: 'Add your API key',
      details: 'Open the settings.',
    });
    expect(manifest.startupChecks[1].title).toMatch(/base/);
    expect(pathsOf(issues)).toEqual([
      'startupChecks[4].setting',
      'startupChecks[5].dependency',
      'startupChecks[6]',
    ]);
  });

  it('compares versions with ranges, pre-releases included', () => {
    expect(versionSatisfies('1.2.0', '^1.0.0')).toBe(true);
    expect(versionSatisfies('2.0.0-beta.1', '>=2.0.0-alpha')).toBe(true);
    expect(versionSatisfies('0.9.0', '>=1.0.0')).toBe(false);
    expect(versionSatisfies('nope', '*')).toBe(false);
  });
});

describe('validateStacFile with a manifest', () => {
  it('validates every surface of a composite plugin with paths under surfaces.<slot>', () => {
    const result = validateStacFile(
      {
        name: 'x',
        version: '1.0.0',
        surfaces: { dashboard_top: text('ok'), asset_detail: { type: 'txet' } },
      },
      { mode: 'strict' },
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toContain('surfaces.asset_detail.type');
    expect(result.documents).toHaveLength(1);
  });

  it('keeps a plugin without manifest fields valid in strict mode', () => {
    const result = validateStacFile(
      { name: 'x', version: '1.0.0', slot: 'dashboard_top', ui: text('ok') },
      { mode: 'strict' },
    );
    expect(result).toMatchObject({ ok: true, issues: [] });
  });
});
