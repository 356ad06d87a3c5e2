import { installRequestFor, installedStatus } from '../../src/marketplace/pluginManifestInfo';

const kit = {
  id: 'kit',
  name: 'Kit',
  version: '1.2.0',
  slot: 'asset_detail',
  ui: { type: 'text', data: 'k' },
};
const printer = {
  id: 'printer',
  name: 'Printer',
  version: '1.0.0',
  slot: 'asset_detail',
  permissions: ['asset:read'],
  dependencies: [{ id: 'kit', version: '^1.0.0' }],
  ui: { type: 'text', data: '<<asset.name>>' },
};

describe('installRequestFor', () => {
  it('asks consent per plugin in words and lists what comes along, dependencies first', () => {
    const request = installRequestFor(printer, [kit, printer], []);
    expect(request).toEqual({
      ok: true,
      consent: [
        {
          pluginId: 'printer',
          name: 'Printer',
          version: '1.0.0',
          permissions: [{ permission: 'asset:read', title: expect.stringContaining('Read the asset') }],
        },
      ],
      alsoInstalls: [{ id: 'kit', name: 'Kit', version: '1.2.0' }],
      permissions: ['asset:read'],
    });
    // Installed already: nothing comes along, and a legacy plugin asks nothing.
    expect(installRequestFor(kit, [kit], [])).toEqual({
      ok: true,
      consent: [],
      alsoInstalls: [],
      permissions: [],
    });
  });

  it('says why it cannot install when the catalog does not meet the range', () => {
    const request = installRequestFor(printer, [{ ...kit, version: '2.0.0' }], []);
    expect(request.ok).toBe(false);
    if (!request.ok)
      expect(request.problems[0]).toMatchObject({ code: 'DEPENDENCY_VERSION', dependencyId: 'kit' });
  });
});

describe('installedStatus', () => {
  it('says why a plugin stays off, which settings it waits for and who needs it', () => {
    const installed = [
      { ...kit, isActive: false },
      {
        ...printer,
        isActive: true,
        settings: [{ key: 'station', type: 'string', label: 'Station', required: true }],
        startupChecks: [{ hostFeature: 'label-printer', title: 'No printer here' }],
      },
    ];
    const status = installedStatus(installed[1]!, installed);
    expect(status.startupFailures.map((failure) => failure.title)).toEqual(['No printer here']);
    expect(status.dependencyProblems.map((problem) => problem.code)).toEqual(['DEPENDENCY_INACTIVE']);
    expect(status.missingSettings.map((field) => field.label)).toEqual(['Station']);
    expect(installedStatus(installed[0]!, installed).dependents).toEqual([
      { id: 'printer', name: 'Printer' },
    ]);
  });
});
