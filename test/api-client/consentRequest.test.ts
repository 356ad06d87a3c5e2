import { ApiError, consentRequestOf } from '../../src/api-client';

const refusal = (data: Record<string, unknown>, code = 'CONSENT_REQUIRED') =>
  new ApiError({ status: 409, code, serverMessage: 'Allow it first.', data });

describe('consentRequestOf', () => {
  it('reads the groups and the added permissions a server puts at the top level of the error', () => {
    const request = consentRequestOf(
      refusal({
        consent: [
          {
            pluginId: 'stock-board',
            name: 'Stock Board',
            version: '1.2.0',
            permissions: [{ permission: 'asset:read', title: 'Read the asset' }],
          },
        ],
        added: [{ permission: 'inventory:read' }],
      }),
    );
    expect(request).toEqual({
      groups: [
        {
          pluginId: 'stock-board',
          name: 'Stock Board',
          version: '1.2.0',
          permissions: [{ permission: 'asset:read', title: 'Read the asset' }],
        },
      ],
      added: [{ permission: 'inventory:read' }],
    });
  });

  it('drops what it cannot read instead of showing it, and never invents a permission', () => {
    const request = consentRequestOf(
      refusal({
        consent: [
          { name: 42, permissions: [{ permission: 'user:read' }, 'asset:read', { permission: '' }, null] },
          { name: 'Nothing asked', permissions: [] },
          'garbage',
        ],
        added: { permission: 'inventory:read' },
      }),
    );
    expect(request).toEqual({
      groups: [{ name: 'This plugin', permissions: [{ permission: 'user:read' }] }],
      added: [],
    });
  });

  it('is null for anything but a CONSENT_REQUIRED', () => {
    expect(consentRequestOf(refusal({ consent: [] }, 'ALREADY_INSTALLED'))).toBeNull();
    expect(consentRequestOf(new Error('CONSENT_REQUIRED'))).toBeNull();
    expect(consentRequestOf(undefined)).toBeNull();
  });
});
