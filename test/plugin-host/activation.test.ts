import { readPluginManifest } from '../../src/stac-schema';
import { activationVerdict, type DependencyNode } from '../../src/plugin-host';

// Label Printer needs Label Kit on (a dependency and a startup check) and an API key (a setting check).
const manifest = readPluginManifest({
  name: 'Label Printer',
  version: '1.0.0',
  dependencies: [{ id: 'label-kit', version: '^1.0.0' }],
  settings: [{ key: 'apiKey', label: 'API key' }],
  startupChecks: [{ setting: 'apiKey', title: 'Add your API key', details: 'Paste it in the settings.' }],
}).manifest;
const node: DependencyNode = {
  id: 'label-printer',
  name: 'Label Printer',
  version: '1.0.0',
  dependencies: manifest.dependencies,
};
const kit = (active: boolean, version = '1.2.0'): [string, DependencyNode] => [
  'label-kit',
  { id: 'label-kit', name: 'Label Kit', version, dependencies: [], active },
];

describe('activationVerdict', () => {
  it('lets a plugin on when what it needs is on and its checks hold', () => {
    const verdict = activationVerdict(
      { node, manifest, settingValues: { apiKey: 'k' } },
      new Map([kit(true)]),
    );
    expect(verdict).toEqual({ ok: true });
  });

  it('keeps it off with the reasons a user reads: a switched-off dependency and a missing setting', () => {
    const verdict = activationVerdict({ node, manifest, settingValues: {} }, new Map([kit(false)]));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.dependencyProblems.map((p) => [p.code, p.message])).toEqual([
      [
        'DEPENDENCY_INACTIVE',
        '“Label Printer” needs “Label Kit”, which is switched off; switch it on first.',
      ],
    ]);
    expect(verdict.startupFailures.map((f) => f.title)).toEqual(['Add your API key']);
  });

  it('reads a dependency out of range, and ignores the plugin itself among the installs', () => {
    const verdict = activationVerdict(
      { node, manifest, settingValues: { apiKey: 'k' } },
      new Map([kit(true, '2.0.0'), ['label-printer', { ...node, active: true }]]),
    );
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.dependencyProblems.map((p) => p.code)).toEqual(['DEPENDENCY_VERSION']);
    expect(verdict.startupFailures).toEqual([]);
  });
});
