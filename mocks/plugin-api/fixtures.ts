/// <reference types="vite/client" />
import otroMas from './fixtures/otro_mas.json';
import prueba from './fixtures/prueba.json';
import quienSoy from './fixtures/quien_soy.json';
import relojDigital from './fixtures/reloj_digital.json';

/** A plugin file as the catalog holds it (the shape of `public/plugins/*.json`). */
export interface SeedPluginFile {
  id: string;
  name?: string;
  description?: string;
  version?: string;
  author?: string;
  authorAvatar?: string | null;
  slot?: string;
  ui?: unknown;
  isPublic?: boolean;
  isOfficial?: boolean;
  downloadUrl?: string | null;
  downloadCount?: number;
  /** Older published versions, so that an install of one of them shows an update. */
  olderVersions?: Array<{ version: string; ui: unknown } & Record<string, unknown>>;
  /** Manifest fields (`permissions`, `surfaces`, ...) as the file declares them. */
  [manifestField: string]: unknown;
}

/**
 * One set of fixtures for tests, stories and the reference server: the seed catalog in public/plugins
 * (owned by the server), read at build time. The 4 plugins of the real Invenicum market are the fallback
 * when that catalog is absent.
 */
const catalogModules = import.meta.glob<unknown>('../../public/plugins/*.json', {
  eager: true,
  import: 'default',
});
/** Older versions of catalog plugins (`<id>@<version>.json`), as the server seeds them. */
const historyModules = import.meta.glob<unknown>('../../server/seed/history/*.json', {
  eager: true,
  import: 'default',
});

function toSeedFile(path: string, json: unknown): SeedPluginFile | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : (path.split('/').pop() ?? '').replace(/\.json$/, '');
  if (!id || (record.ui === undefined && record.surfaces === undefined)) return null;
  return { ...(record as Omit<SeedPluginFile, 'id'>), id };
}

const corpusPlugins: SeedPluginFile[] = [relojDigital, otroMas, prueba, quienSoy];

const catalogPlugins = Object.entries(catalogModules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, json]) => toSeedFile(path, json))
  .filter((file): file is SeedPluginFile => file !== null);

for (const [path, json] of Object.entries(historyModules)) {
  const older = toSeedFile(path, json);
  const current = catalogPlugins.find((file) => older && file.id === older.id);
  if (older && current && older.version) {
    current.olderVersions = [
      ...(current.olderVersions ?? []),
      { ...older, version: older.version, ui: older.ui },
    ];
  }
}

export const seedPluginFiles: readonly SeedPluginFile[] =
  catalogPlugins.length > 0 ? catalogPlugins : corpusPlugins;

/** The reference server's demo accounts (server/seed/seedDatabase.ts), so stories and docs agree. */
export const seedUsers = [
  { username: 'alice', password: 'alice-demo', name: 'Alice Moreau' },
  { username: 'bob', password: 'bob-demo', name: 'Bob Okafor' },
] as const;

/**
 * The demo users' installs, as the server seeds them; alice keeps bob-loan-tracker at 1.0.0 so the
 * marketplace shows an update. Ids missing from the catalog are skipped.
 */
export const seedInstalls: ReadonlyArray<{ username: string; pluginId: string; version?: string }> = [
  { username: 'alice', pluginId: 'bob-loan-tracker', version: '1.0.0' },
  ...['stock-pulse', 'inventory-overview', 'asset-health-card', 'quick-actions', 'asset-tags'].map(
    (pluginId) => ({ username: 'alice', pluginId }),
  ),
  ...['inventory-overview', 'asset-value-card', 'quien_soy'].map((pluginId) => ({
    username: 'bob',
    pluginId,
  })),
];

/** Inventory items for the asset pages and the `asset_detail` slot, shaped like the server's assets. */
/** An inventory item of the mock backend: any fields beside its id and name. */
export type MockAsset = { id: string; name: string } & Record<string, unknown>;

export const seedAssets: readonly MockAsset[] = [
  {
    id: 'asset-001',
    name: 'Cordless Drill',
    category: 'Tools',
    location: 'Workshop A',
    quantity: 4,
    minStock: 2,
    lowStock: false,
    qualityScore: 92,
    value: 129.9,
    currency: 'EUR',
    tags: ['power-tool', 'portable'],
    imageUrl: null,
    description: '18 V drill with two batteries.',
    serialNumber: 'DR-18-0042',
    updatedAt: '2026-01-10T09:00:00.000Z',
  },
  {
    id: 'asset-002',
    name: 'Safety Goggles',
    category: 'Safety',
    location: 'Store room',
    quantity: 3,
    minStock: 10,
    lowStock: true,
    qualityScore: 71,
    value: 8.5,
    currency: 'EUR',
    tags: ['ppe'],
    imageUrl: null,
    description: 'Anti-fog, EN 166.',
    serialNumber: null,
    updatedAt: '2026-01-12T15:30:00.000Z',
  },
];
