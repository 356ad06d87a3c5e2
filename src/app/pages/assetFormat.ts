/** The fields the host pages show; typed structurally so that any asset record fits. */
export interface AssetView {
  id: string;
  name: string;
  category?: string;
  location?: string;
  quantity?: number;
  minStock?: number;
  qualityScore?: number;
  value?: number;
  currency?: string;
  tags?: string[];
  description?: string;
  serialNumber?: string | null;
  imageUrl?: string | null;
  updatedAt?: string;
}

export function formatMoney(value: number | undefined, currency: string | undefined): string {
  if (value === undefined) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'EUR' }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency ?? ''}`.trim();
  }
}

export function isLowStock(asset: AssetView): boolean {
  return asset.quantity !== undefined && asset.minStock !== undefined && asset.quantity <= asset.minStock;
}

export function formatDate(value: string | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
