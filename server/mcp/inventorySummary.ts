import type { Asset } from '../store/assetStore';

/** Items named in the summary's low-stock list; the counts always cover every asset. */
const MAX_LISTED = 50;

/**
 * The inventory summary an MCP resource offers (the data `inventory:read` grants): the same figures the
 * dashboard gives plugins as `inventory`, computed from every asset the user can see.
 */
export function inventorySummary(assets: readonly Asset[]) {
  const low = assets.filter((asset) => asset.lowStock);
  const byCurrency = new Map<string, number>();
  for (const asset of assets)
    byCurrency.set(asset.currency, (byCurrency.get(asset.currency) ?? 0) + asset.value * asset.quantity);
  const [main] = [...byCurrency.entries()].sort((a, b) => b[1] - a[1]);
  const lastChanged = [...assets].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return {
    assetCount: assets.length,
    unitCount: assets.reduce((sum, asset) => sum + asset.quantity, 0),
    lowStockCount: low.length,
    lowStock: low.slice(0, MAX_LISTED).map((asset) => ({
      id: asset.id,
      name: asset.name,
      quantity: asset.quantity,
      minStock: asset.minStock,
    })),
    totalValue: main ? Math.round(main[1] * 100) / 100 : 0,
    currency: main?.[0] ?? '',
    lastChanged: lastChanged
      ? { id: lastChanged.id, name: lastChanged.name, at: lastChanged.updatedAt }
      : null,
  };
}
