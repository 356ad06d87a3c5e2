import {
  catalogSlots,
  formatDownloads,
  mergeCatalog,
  queryCatalog,
  type CatalogPlugin,
  type InstalledCatalogPlugin,
} from '../../src/marketplace';

const community: CatalogPlugin[] = [
  {
    id: 'clock',
    name: 'Reloj Digital',
    author: 'lopiv2',
    description: 'Un reloj minimalista',
    slot: 'dashboard_top',
    downloadCount: 120,
    updatedAt: '2026-01-01T00:00:00Z',
  },
  {
    id: 'health',
    name: 'Asset health card',
    author: 'octocat',
    description: 'Quality score at a glance',
    slot: 'asset_detail',
    downloadCount: 900,
    isOfficial: true,
    updatedAt: '2026-03-01T00:00:00Z',
  },
  {
    id: 'notes',
    name: 'shift notes',
    author: 'bob',
    description: 'Hand over between shifts',
    slot: 'dashboard_top',
    downloadCount: 15,
    isMine: true,
    updatedAt: '2026-02-01T00:00:00Z',
  },
  {
    id: 'tags',
    name: 'Asset tags',
    author: 'alice',
    description: 'Shows the tags of an asset',
    slot: 'asset_detail',
    downloadCount: 900,
    updatedAt: '2025-12-01T00:00:00Z',
  },
];
const installed: InstalledCatalogPlugin[] = [
  {
    id: 'clock',
    name: 'Reloj Digital',
    slot: 'dashboard_top',
    isActive: true,
    hasUpdate: true,
    latestVersion: '2.0.0',
  },
  { id: 'gone', name: 'Removed from catalog', slot: 'dashboard_top', isActive: false },
];
const entries = mergeCatalog(community, installed);
const names = (list: typeof entries) => list.map((entry) => entry.plugin.name);

describe('marketplace catalog', () => {
  it('pairs catalog plugins with their installs and keeps installs the catalog no longer lists', () => {
    expect(entries).toHaveLength(5);
    expect(entries.find((entry) => entry.plugin.id === 'clock')).toMatchObject({
      hasUpdate: true,
      installed: { isActive: true },
    });
    expect(entries.find((entry) => entry.plugin.id === 'health')?.installed).toBeNull();
    expect(entries.find((entry) => entry.plugin.id === 'gone')?.installed?.isActive).toBe(false);
  });

  it('searches name, author and description, every word, ignoring case and accents', () => {
    expect(names(queryCatalog(entries, { search: 'RELOJ' }))).toEqual(['Reloj Digital']);
    expect(names(queryCatalog(entries, { search: 'octocat' }))).toEqual(['Asset health card']);
    expect(names(queryCatalog(entries, { search: 'between shifts' }))).toEqual(['shift notes']);
    expect(names(queryCatalog(entries, { search: 'asset quality' }))).toEqual(['Asset health card']);
    expect(names(queryCatalog(entries, { search: 'minimalísta' }))).toEqual(['Reloj Digital']);
    expect(queryCatalog(entries, { search: 'nothing like this' })).toEqual([]);
  });

  it('filters by slot and by state', () => {
    expect(names(queryCatalog(entries, { slot: 'asset_detail', sort: 'name' }))).toEqual([
      'Asset health card',
      'Asset tags',
    ]);
    expect(names(queryCatalog(entries, { state: 'installed', sort: 'name' }))).toEqual([
      'Reloj Digital',
      'Removed from catalog',
    ]);
    expect(names(queryCatalog(entries, { state: 'not-installed', sort: 'name' }))).toEqual([
      'Asset health card',
      'Asset tags',
      'shift notes',
    ]);
    expect(names(queryCatalog(entries, { state: 'updates' }))).toEqual(['Reloj Digital']);
    expect(names(queryCatalog(entries, { state: 'mine' }))).toEqual(['shift notes']);
    expect(names(queryCatalog(entries, { state: 'official' }))).toEqual(['Asset health card']);
    expect(
      names(queryCatalog(entries, { slot: 'dashboard_top', state: 'installed', search: 'reloj' })),
    ).toEqual(['Reloj Digital']);
  });

  it('sorts by popularity (ties by name), by name, and by recency', () => {
    expect(names(queryCatalog(entries, { sort: 'popular' }))).toEqual([
      'Asset health card',
      'Asset tags',
      'Reloj Digital',
      'shift notes',
      'Removed from catalog',
    ]);
    expect(names(queryCatalog(entries, { sort: 'name' }))).toEqual([
      'Asset health card',
      'Asset tags',
      'Reloj Digital',
      'Removed from catalog',
      'shift notes',
    ]);
    expect(names(queryCatalog(entries, { sort: 'recent' })).slice(0, 4)).toEqual([
      'Asset health card',
      'shift notes',
      'Reloj Digital',
      'Asset tags',
    ]);
  });

  it('never reorders the list it was given', () => {
    const before = names(entries);
    queryCatalog(entries, { sort: 'name' });
    expect(names(entries)).toEqual(before);
  });

  it('offers the known slots plus any slot the catalog uses', () => {
    expect(catalogSlots(entries, ['dashboard_top', 'dashboard_bottom'])).toEqual([
      'dashboard_top',
      'dashboard_bottom',
      'asset_detail',
    ]);
  });

  it('shortens download counts', () => {
    expect(formatDownloads(999)).toBe('999');
    expect(formatDownloads(1247)).toBe('1.2k');
    expect(formatDownloads(2000)).toBe('2k');
    expect(formatDownloads(3_400_000)).toBe('3.4M');
    expect(formatDownloads(undefined)).toBe('0');
  });
});
