/**
 * Host methods the server registers for plugin jobs: inventory work a plugin cannot do from a page because
 * it needs every asset. Each needs the `inventory:read` permission and returns plain data the job's summary
 * template reads (`<<result.count>>`). Documented in docs/server.md ("Plugin jobs").
 */
import { z } from 'zod';
import { ActionFailure, defineMethod, type MethodDefinition } from '../../src/actions/index';
import type { PluginGrants } from '../../src/plugin-host/index';
import type { Asset, AssetStore } from '../store/assetStore';

/** Items listed in a report; the count and totals always cover every asset. */
const MAX_LISTED = 50;

const listed = (asset: Asset) => ({
  id: asset.id,
  name: asset.name,
  category: asset.category,
  location: asset.location,
  quantity: asset.quantity,
  minStock: asset.minStock,
  updatedAt: asset.updatedAt,
});

export interface InventoryMethodOptions {
  assets: AssetStore;
  grants: PluginGrants;
  pluginName: string;
  /** The run's clock, so "stale" means the same thing in a test as in production. */
  now: () => Date;
}

export function inventoryMethods(options: InventoryMethodOptions): MethodDefinition[] {
  const readAll = async (): Promise<Asset[]> => {
    if (!options.grants.mayReadScopeRoot('inventory')) {
      throw new ActionFailure(
        'not_permitted',
        `“${options.pluginName}” may not read the inventory: it does not declare the permission "inventory:read". Its author can add it to "permissions".`,
      );
    }
    return options.assets.list();
  };
  return [
    defineMethod('lowStockReport', z.object({}).passthrough(), async () => {
      const low = (await readAll()).filter((asset) => asset.lowStock);
      low.sort((a, b) => a.quantity - a.minStock - (b.quantity - b.minStock));
      return { count: low.length, items: low.slice(0, MAX_LISTED).map(listed) };
    }),
    defineMethod('inventoryValueSummary', z.object({}).passthrough(), async () => {
      const all = await readAll();
      const byCurrency = new Map<string, number>();
      const byCategory = new Map<string, { count: number; value: number }>();
      for (const asset of all) {
        const worth = asset.value * asset.quantity;
        byCurrency.set(asset.currency, (byCurrency.get(asset.currency) ?? 0) + worth);
        const category = byCategory.get(asset.category) ?? { count: 0, value: 0 };
        category.count += 1;
        category.value += worth;
        byCategory.set(asset.category, category);
      }
      // One currency is the common case; a mixed inventory reports each total instead of adding them.
      const [main] = [...byCurrency.entries()].sort((a, b) => b[1] - a[1]);
      return {
        count: all.length,
        units: all.reduce((sum, asset) => sum + asset.quantity, 0),
        total: main ? Math.round(main[1] * 100) / 100 : 0,
        currency: main?.[0] ?? '',
        totals: Object.fromEntries(
          [...byCurrency].map(([currency, value]) => [currency, Math.round(value * 100) / 100]),
        ),
        categories: [...byCategory.entries()]
          .map(([name, category]) => ({
            name,
            count: category.count,
            value: Math.round(category.value * 100) / 100,
          }))
          .sort((a, b) => b.value - a.value),
      };
    }),
    defineMethod(
      'staleItemsReport',
      z.object({ days: z.coerce.number().int().min(1).max(3650).default(90) }).passthrough(),
      async (params) => {
        const cutoff = options.now().getTime() - params.days * 24 * 60 * 60_000;
        const stale = (await readAll()).filter((asset) => Date.parse(asset.updatedAt) < cutoff);
        stale.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
        return { count: stale.length, days: params.days, items: stale.slice(0, MAX_LISTED).map(listed) };
      },
    ),
  ];
}
