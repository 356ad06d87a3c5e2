import { readPluginManifest } from '../../src/stac-schema';
import {
  HOST_VERSION,
  activationOrder,
  activeDependentsOf,
  dependencyPresence,
  dependencyProblems,
  evaluateStartupChecks,
  missingRequiredSettings,
  resolveSettingValues,
  surfaceForSlot,
  validateSettingValues,
  type DependencyNode,
} from '../../src/plugin-host';

const fields = readPluginManifest({
  name: 'x',
  settings: [
    { key: 'city', label: 'City', required: true },
    { key: 'units', type: 'enum', label: 'Units', options: ['metric', 'imperial'], default: 'metric' },
    { key: 'limit', type: 'number', label: 'Limit', min: 1, max: 50, default: 5 },
    { key: 'compact', type: 'boolean', label: 'Compact' },
  ],
}).manifest.settings;

describe('settings', () => {
  it('validates submitted values with the declared rules and says what to enter', () => {
    const result = validateSettingValues(fields, { city: 'Oslo', units: 'kelvin', limit: 99, extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { key: 'units', message: 'Units must be one of "metric", "imperial", got "kelvin".' },
      { key: 'limit', message: 'Limit must be at most 50.' },
      { key: 'extra', message: 'This plugin has no setting “extra”; remove it.' },
    ]);
    expect(validateSettingValues(fields, { city: 'Oslo', compact: true, limit: '' })).toEqual({
      ok: true,
      values: { city: 'Oslo', compact: true },
    });
  });

  it('fills defaults and reports required settings that are still empty', () => {
    const values = resolveSettingValues(fields, { limit: 500, compact: true });
    expect(values).toEqual({ units: 'metric', limit: 5, compact: true });
    expect(missingRequiredSettings(fields, values).map((field) => field.key)).toEqual(['city']);
    expect(missingRequiredSettings(fields, resolveSettingValues(fields, { city: 'Oslo' }))).toEqual([]);
  });
});

const node = (
  id: string,
  version: string,
  dependencies: DependencyNode['dependencies'] = [],
  active?: boolean,
): DependencyNode => ({ id, version, dependencies, active });

describe('dependencies', () => {
  it('activates dependencies before dependents', () => {
    const result = activationOrder([
      node('dashboard', '1.0.0', [{ id: 'charts', range: '*', optional: false }]),
      node('charts', '1.0.0', [{ id: 'core', range: '*', optional: false }]),
      node('core', '1.0.0'),
    ]);
    expect(result).toEqual({ ok: true, order: ['core', 'charts', 'dashboard'] });
  });

  it('reports a cycle with its path', () => {
    const result = activationOrder([
      node('a', '1.0.0', [{ id: 'b', range: '*', optional: false }]),
      node('b', '1.0.0', [{ id: 'a', range: '*', optional: false }]),
    ]);
    expect(result).toMatchObject({
      ok: false,
      cycle: ['a', 'b', 'a'],
      message: expect.stringContaining('a → b → a'),
    });
  });

  it('names missing, out-of-range and switched-off dependencies; a missing optional one is fine', () => {
    const plugin = node('dash', '1.0.0', [
      { id: 'core', range: '^2.0.0', optional: false },
      { id: 'charts', range: '*', optional: false },
      { id: 'maps', range: '*', optional: true },
      { id: 'base', range: '*', optional: false },
    ]);
    const available = new Map([
      ['core', node('core', '1.4.0', [], true)],
      ['base', node('base', '1.0.0', [], false)],
    ]);
    expect(
      dependencyProblems(plugin, available).map((problem) => [problem.code, problem.dependencyId]),
    ).toEqual([
      ['DEPENDENCY_VERSION', 'core'],
      ['DEPENDENCY_MISSING', 'charts'],
      ['DEPENDENCY_INACTIVE', 'base'],
    ]);
    expect(dependencyPresence(plugin.dependencies, available)).toEqual({
      core: false,
      charts: false,
      maps: false,
      base: false,
    });
  });

  it('finds the active plugins that need one (to warn before switching it off)', () => {
    const plugins = [
      node('core', '1.0.0'),
      node('dash', '1.0.0', [{ id: 'core', range: '*', optional: false }]),
      node('extra', '1.0.0', [{ id: 'core', range: '*', optional: true }]),
      node('off', '1.0.0', [{ id: 'core', range: '*', optional: false }], false),
    ];
    expect(activeDependentsOf('core', plugins).map((plugin) => plugin.id)).toEqual(['dash']);
  });
});

describe('startup checks', () => {
  const manifest = readPluginManifest({
    name: 'x',
    requires: { host: '>=9.0.0' },
    settings: [{ key: 'apiKey', label: 'API key' }],
    dependencies: ['core'],
    startupChecks: [
      {
        setting: 'apiKey',
        title: 'Add your API key',
        details: 'Open Settings and paste the key from your account page.',
      },
      { dependency: 'core' },
      { hostFeature: 'inventory' },
    ],
  }).manifest;

  it('blocks with the title and details of every failing check, host version first', () => {
    const failures = evaluateStartupChecks(manifest, {
      hostVersion: HOST_VERSION,
      settings: {},
      isPluginActive: () => false,
    });
    expect(failures.map((failure) => failure.title)).toEqual([
      'This plugin needs host version >=9.0.0',
      'Add your API key',
      'This plugin needs the plugin “core” switched on',
    ]);
    expect(failures[1].details).toBe('Open Settings and paste the key from your account page.');
  });

  it('passes when every condition holds', () => {
    expect(
      evaluateStartupChecks(manifest, {
        hostVersion: '9.1.0',
        settings: { apiKey: 'k' },
        isPluginActive: (id) => id === 'core',
      }),
    ).toEqual([]);
  });
});

describe('surfaces', () => {
  it('gives each slot its own document', () => {
    const plugin = {
      name: 'x',
      surfaces: { dashboard_top: { type: 'text', data: 'A' }, asset_detail: { type: 'text', data: 'B' } },
    };
    expect(surfaceForSlot(plugin, 'asset_detail')).toEqual({ type: 'text', data: 'B' });
    expect(surfaceForSlot(plugin, 'sidebar')).toBeUndefined();
    expect(
      surfaceForSlot({ name: 'y', slot: 'sidebar', ui: { type: 'text', data: 'C' } }, 'sidebar'),
    ).toEqual({ type: 'text', data: 'C' });
  });
});
