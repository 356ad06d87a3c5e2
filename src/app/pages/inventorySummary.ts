/**
 * The `inventory` a host page hands its dashboard slots: a summary of the signed-in user's assets (as the
 * API gave them with the user's session), so plugins can show real figures with `<<inventory.*>>`
 * without reading assets themselves. One named piece of the slot context, so a permission (for example
 * `inventory:read`) can later decide whether a plugin gets it.
 */
import { formatMoney, isLowStock, type AssetView } from './assetFormat';

export interface InventoryLowStockItem {
  id: string;
  name: string;
  quantity: number;
  minStock: number;
}

export interface InventoryChange {
  id: string;
  name: string;
  updatedAt: string;
}

export interface InventorySummary {
  /** Distinct assets. */
  assetCount: number;
  /** Units over all assets (sum of quantities). */
  unitCount: number;
  lowStockCount: number;
  /** Assets at or below their minimum, lowest stock first (at most 5). */
  lowStock: InventoryLowStockItem[];
  /** "Field Laptop (1, minimum 2), ..." or "none". */
  lowStockText: string;
  /** Share of assets above their minimum, 0..1 (1 for an empty inventory). */
  healthyRatio: number;
  /** Value times quantity over all assets, in `currency` (the first asset's, EUR when none). */
  totalValue: number;
  currency: string;
  /** `totalValue` formatted for the user's locale, e.g. "€3,532.10". */
  totalValueText: string;
  /** Most recently changed assets first (at most 3). */
  recentChanges: InventoryChange[];
  /** Name of the most recently changed asset, or "" when none. */
  lastChangedName: string;
}

const MAX_LOW_STOCK = 5;
const MAX_RECENT = 3;

export function summarizeInventory(assets: readonly AssetView[]): InventorySummary {
  const low = assets
    .filter(isLowStock)
    .map((asset) => ({
      id: asset.id,
      name: asset.name,
      quantity: asset.quantity ?? 0,
      minStock: asset.minStock ?? 0,
    }))
    .sort((a, b) => a.quantity - a.minStock - (b.quantity - b.minStock) || a.name.localeCompare(b.name));
  const currency = assets.find((asset) => asset.currency)?.currency ?? 'EUR';
  const totalValue =
    Math.round(assets.reduce((sum, asset) => sum + (asset.value ?? 0) * (asset.quantity ?? 1), 0) * 100) /
    100;
  const recentChanges = assets
    .filter((asset): asset is AssetView & { updatedAt: string } => typeof asset.updatedAt === 'string')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, MAX_RECENT)
    .map((asset) => ({ id: asset.id, name: asset.name, updatedAt: asset.updatedAt }));
  return {
    assetCount: assets.length,
    unitCount: assets.reduce((sum, asset) => sum + (asset.quantity ?? 0), 0),
    lowStockCount: low.length,
    lowStock: low.slice(0, MAX_LOW_STOCK),
    lowStockText:
      low.length === 0
        ? 'none'
        : low
            .slice(0, MAX_LOW_STOCK)
            .map((item) => `${item.name} (${item.quantity}, minimum ${item.minStock})`)
            .join(', ') + (low.length > MAX_LOW_STOCK ? `, and ${low.length - MAX_LOW_STOCK} more` : ''),
    healthyRatio: assets.length === 0 ? 1 : (assets.length - low.length) / assets.length,
    totalValue,
    currency,
    totalValueText: formatMoney(totalValue, currency),
    recentChanges,
    lastChangedName: recentChanges[0]?.name ?? '',
  };
}
