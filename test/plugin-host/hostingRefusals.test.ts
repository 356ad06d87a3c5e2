import {
  consentRefusal,
  dependenciesRequired,
  dependencyRefusal,
  installedMessage,
  invalidSettings,
  permissionList,
  pluginRequired,
  startupRefusal,
  updateConsentRefusal,
  type DependencyProblem,
} from '../../src/plugin-host';

const problem = (dependencyId: string): DependencyProblem => ({
  code: 'DEPENDENCY_MISSING',
  pluginId: 'label-printer',
  dependencyId,
  range: '^1.0.0',
  optional: false,
  message: `“Label Printer” needs “${dependencyId}”, which is not installed.`,
});

// The server and the mock Plugin API answer with these; the parity test compares them over the wire.
describe('hosting refusals say what happened and what to do', () => {
  it('names the first dependency problem and counts the rest', () => {
    const refused = dependencyRefusal([problem('label-kit'), problem('ink')]);
    expect(refused).toMatchObject({ status: 409, code: 'DEPENDENCY_MISSING' });
    expect(refused.message).toBe('“Label Printer” needs “label-kit”, which is not installed. (and 1 more)');
    expect(refused.details.problems).toHaveLength(2);
  });

  it('says which startup check keeps a plugin off, with its details', () => {
    const refused = startupRefusal('Carrier Tracking', [
      {
        title: 'Add your API key',
        details: 'Paste it in the settings.',
        condition: { kind: 'setting', key: 'k' },
      },
    ]);
    expect(refused.code).toBe('STARTUP_CHECK_FAILED');
    expect(refused.message).toBe(
      '“Carrier Tracking” cannot be switched on: Add your API key — Paste it in the settings.',
    );
  });

  it('asks consent for every permission not allowed yet, and says how to send it', () => {
    const needed = [
      { pluginId: 'a', name: 'A', version: '1.0.0', permissions: permissionList(['asset:read']) },
    ];
    const refused = consentRefusal(needed, '“A”');
    expect(refused.code).toBe('CONSENT_REQUIRED');
    expect(refused.message).toContain('asks for permissions you have not allowed yet: asset:read.');
    expect(refused.message).toContain('"acceptPermissions"');
    const update = updateConsentRefusal({ pluginId: 'a', name: 'A', version: '2.0.0' }, '1.0.0', [
      'inventory:read',
    ]);
    expect(update.message).toBe(
      'Version 2.0.0 of “A” asks for more than you allowed: inventory:read. It stays at 1.0.0 until you allow it ("acceptPermissions").',
    );
    expect(update.details.added).toEqual(permissionList(['inventory:read']));
  });

  it('offers the missing plugins an install needs, in the order they install', () => {
    const refused = dependenciesRequired(
      'Label Printer',
      [{ id: 'label-kit', name: 'Label Kit', version: '1.2.0', permissions: [] }],
      ['label-kit', 'label-printer'],
    );
    expect(refused.message).toBe(
      '“Label Printer” needs “Label Kit” 1.2.0, not installed yet. Offer to install it too and send "installDependencies": true.',
    );
    expect(refused.details.order).toEqual(['label-kit', 'label-printer']);
  });

  it('names the plugins that need one before it is switched off or removed', () => {
    const one = pluginRequired('Label Kit', [{ id: 'p', name: 'Label Printer' }], 'removing it');
    expect(one.message).toBe(
      '“Label Printer” needs “Label Kit”: removing it switches that plugin off too. Confirm to go on (force).',
    );
    const two = pluginRequired(
      'Kit',
      [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      'switching it off',
    );
    expect(two.message).toBe(
      '“A”, “B” need “Kit”: switching it off switches them off too. Confirm to go on (force).',
    );
  });

  it('lists each invalid setting by key', () => {
    const refused = invalidSettings('Weather', [{ key: 'city', message: 'City is required.' }]);
    expect(refused).toMatchObject({ status: 422, code: 'INVALID_SETTINGS' });
    expect(refused.details.fieldErrors).toEqual({ city: 'City is required.' });
  });

  it('tells after an install how many plugins came along or why it stays off', () => {
    expect(installedMessage(1)).toBe('Plugin installed successfully');
    expect(installedMessage(3)).toBe('Plugin installed with 2 plugins it needs');
    expect(installedMessage(1, { startupFailures: [], dependencyProblems: [problem('x')] })).toBe(
      'Plugin installed, but it stays off: “Label Printer” needs “x”, which is not installed.',
    );
  });
});
