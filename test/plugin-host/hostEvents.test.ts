import { describe, expect, it } from 'vitest';
import {
  actionPlace,
  commandScope,
  commandsFor,
  eventPermission,
  routeHostEvent,
  type HostingPlugin,
} from '../../src/plugin-host';
import { readPluginManifest } from '../../src/stac-schema';

const snack = { actionType: 'showSnackBar', content: 'Saw <<asset.name>>' };
const report = { method: 'lowStockReport' };

function plugin(id: string, fields: Record<string, unknown>, isActive = true): HostingPlugin {
  return { id, name: id, isActive, manifest: readPluginManifest({ id, ...fields }).manifest };
}

const asset = { id: 'a1', name: 'Drill', quantity: 2 };
const changed = { event: 'asset.changed' as const, data: { asset }, at: '2026-01-01T00:00:00.000Z' };

describe('where an event action runs', () => {
  it('runs notices, dialogs and navigation in the page, and requests and host methods on the server', () => {
    expect(actionPlace(snack)).toBe('page');
    expect(actionPlace({ method: 'showAlert', params: { message: 'hi' } })).toBe('page');
    expect(actionPlace(report)).toBe('server');
    expect(actionPlace({ actionType: 'networkRequest', url: 'https://api.example.com' })).toBe('server');
    // One page step anywhere in a multiAction brings the whole action to the page.
    expect(actionPlace({ actionType: 'multiAction', actions: [report, { actionType: 'navigate' }] })).toBe(
      'page',
    );
  });
});

describe('routing a host event', () => {
  it('reaches only active subscribers that are granted the data the event carries', () => {
    const watcher = plugin('watcher', {
      permissions: ['asset:read'],
      subscriptions: [{ event: 'asset.changed', action: snack }],
    });
    const off = plugin(
      'off',
      { permissions: ['asset:read'], subscriptions: [{ event: 'asset.changed', action: snack }] },
      false,
    );
    const blind = plugin('blind', {
      permissions: ['inventory:read'],
      subscriptions: [{ event: 'asset.changed', action: snack }],
    });
    const otherEvent = plugin('viewer', {
      permissions: ['asset:read'],
      subscriptions: [{ event: 'asset.viewed', action: snack }],
    });
    const routing = routeHostEvent(changed, [watcher, off, blind, otherEvent]);
    expect(routing.deliveries.map((delivery) => delivery.plugin.id)).toEqual(['watcher']);
    expect(routing.deliveries[0].scope.asset).toEqual(asset);
    expect(routing.deliveries[0].scope.event).toMatchObject({ type: 'asset.changed' });
    expect(routing.withheld).toEqual([{ plugin: blind, permission: 'asset:read' }]);
    expect(eventPermission('asset.changed')).toBe('asset:read');
  });

  it('splits one plugin’s subscriptions between the page and the server', () => {
    const both = plugin('both', {
      permissions: ['asset:read', 'inventory:read'],
      subscriptions: [
        { event: 'asset.changed', action: snack },
        { event: 'asset.changed', action: report },
      ],
    });
    expect(routeHostEvent(changed, [both], 'page').deliveries.map((d) => d.subscription.action)).toEqual([
      snack,
    ]);
    expect(routeHostEvent(changed, [both], 'server').deliveries.map((d) => d.place)).toEqual(['server']);
  });

  it('gives a job’s end to its own plugin only, and a user’s data only to plugins granted it', () => {
    const a = plugin('a', { permissions: [], subscriptions: [{ event: 'job.finished', action: snack }] });
    const b = plugin('b', { permissions: [], subscriptions: [{ event: 'job.finished', action: snack }] });
    const routing = routeHostEvent(
      {
        event: 'job.finished',
        pluginId: 'b',
        data: { run: { status: 'succeeded' }, user: { name: 'Al' } },
        at: '',
      },
      [a, b],
    );
    expect(routing.deliveries.map((delivery) => delivery.plugin.id)).toEqual(['b']);
    expect(routing.deliveries[0].scope).not.toHaveProperty('user');
    expect(routing.deliveries[0].scope.run).toEqual({ status: 'succeeded' });
  });
});

describe('host menu commands', () => {
  const reorder = { id: 'reorder', title: 'Reorder', where: 'asset_actions', action: snack };
  const overview = { id: 'overview', title: 'Overview', where: 'dashboard', action: snack };

  it('lists each active plugin’s commands for that menu', () => {
    const shop = plugin('shop', { permissions: ['asset:read'], commands: [reorder, overview] });
    const off = plugin('off', { permissions: [], commands: [reorder] }, false);
    expect(commandsFor('asset_actions', [shop, off]).map((entry) => entry.key)).toEqual(['shop/reorder']);
    expect(commandsFor('dashboard', [shop, off]).map((entry) => entry.command.title)).toEqual(['Overview']);
  });

  it('binds the asset in scope only for a plugin granted asset:read', () => {
    const granted = plugin('granted', { permissions: ['asset:read'], commands: [reorder] });
    const ungranted = plugin('ungranted', { permissions: [], commands: [reorder] });
    const [withAsset] = commandsFor('asset_actions', [granted]);
    const [withoutAsset] = commandsFor('asset_actions', [ungranted]);
    expect(commandScope(withAsset, { asset })).toMatchObject({ asset, command: { id: 'reorder' } });
    expect(commandScope(withoutAsset, { asset })).not.toHaveProperty('asset');
  });
});
