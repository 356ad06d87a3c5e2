/**
 * Sample data a plugin preview binds against, so that authors and users see `{{asset.name}}` filled in
 * before a plugin is installed. Shaped like the reference server's assets.
 */
export const SAMPLE_ASSET = {
  id: 'sample-asset',
  name: 'Sample camera (Canon AE-1)',
  category: 'Photography',
  location: 'Shelf B-2',
  quantity: 3,
  minStock: 2,
  lowStock: false,
  qualityScore: 87,
  qualityRatio: 0.87,
  value: 249.5,
  currency: 'EUR',
  tags: ['vintage', 'film'],
  imageUrl: null,
  description: 'A preview asset: real pages bind the asset you open.',
  serialNumber: 'AE1-0042',
  updatedAt: '2026-03-02T16:45:00.000Z',
} as const;

export const SAMPLE_USER = {
  id: 'sample-user',
  username: 'octocat',
  name: 'Mona Octocat',
} as const;

/** The inventory summary dashboard slots get (`inventory:read`), with sample figures that agree. */
export const SAMPLE_INVENTORY = {
  assetCount: 12,
  unitCount: 87,
  lowStockCount: 2,
  lowStock: [
    { id: 'sample-cable', name: 'Sample HDMI cable', quantity: 1, minStock: 5 },
    { id: 'sample-battery', name: 'Sample AA batteries', quantity: 3, minStock: 10 },
  ],
  lowStockText: 'Sample HDMI cable (1 of 5), Sample AA batteries (3 of 10)',
  healthyRatio: 10 / 12,
  totalValue: 4310,
  currency: 'EUR',
  totalValueText: '€4,310.00',
  recentChanges: [{ id: 'sample-asset', name: SAMPLE_ASSET.name, updatedAt: SAMPLE_ASSET.updatedAt }],
  lastChangedName: SAMPLE_ASSET.name,
} as const;

export interface PreviewScopeInput {
  slot?: string | null;
  plugin?: { id?: string | null; version?: string | null } | null;
  user?: { id?: string; username: string; name?: string } | null;
  /** The plugin's settings as a user would start with them (its declared defaults). */
  settings?: Record<string, unknown>;
}

/** The scope a slot would hand the plugin, with sample data in place of the page's. */
export function samplePreviewScope({
  slot,
  plugin,
  user,
  settings,
}: PreviewScopeInput): Record<string, unknown> {
  const resolvedSlot = slot ?? 'dashboard_top';
  const scope: Record<string, unknown> = {
    user: user ?? SAMPLE_USER,
    plugin: { id: plugin?.id ?? 'preview', version: plugin?.version ?? '0.0.0' },
    slot: resolvedSlot,
    settings: settings ?? {},
  };
  // Every slot gets the sample asset: dashboard plugins often show a featured asset too, and an unbound
  // `{{asset.name}}` in a preview would only confuse.
  scope.asset = SAMPLE_ASSET;
  scope.assets = { total: 42, available: 31, lent: 7, maintenance: 4 };
  // As the app's dashboard: its slots get the inventory summary, the other pages do not.
  if (resolvedSlot.startsWith('dashboard_')) scope.inventory = SAMPLE_INVENTORY;
  return scope;
}
