import { describe, expect, it } from 'vitest';
import { inventoryMethods } from '../../../server/jobs/inventoryMethods';
import { SERVER_HOST_METHODS, type PluginGrants } from '../../../src/plugin-host';
import type { AssetStore } from '../../../server/store/assetStore';

describe('server-only host methods', () => {
  it('are the methods the server defines, so a plugin check names exactly those that fail in a page', () => {
    const defined = inventoryMethods({
      assets: {} as AssetStore,
      grants: {} as PluginGrants,
      pluginName: 'Checker',
      now: () => new Date(),
    }).map((method) => method.name);
    expect([...defined].sort()).toEqual([...SERVER_HOST_METHODS].sort());
  });
});
