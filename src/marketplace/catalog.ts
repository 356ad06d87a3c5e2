/**
 * Pure catalog logic of the marketplace: merging the community list with the user's installed list, then
 * searching, filtering and sorting it. Typed structurally so it works on any plugin-like record.
 */

export interface CatalogPlugin {
  id: string;
  name: string;
  author?: string | null;
  authorAvatar?: string | null;
  version?: string | null;
  description?: string | null;
  slot?: string | null;
  downloadCount?: number | null;
  isOfficial?: boolean | null;
  isMine?: boolean | null;
  isPublic?: boolean | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  ui?: unknown;
}

export interface InstalledCatalogPlugin extends CatalogPlugin {
  isActive?: boolean | null;
  hasUpdate?: boolean | null;
  latestVersion?: string | null;
}

export interface CatalogEntry<
  P extends CatalogPlugin = CatalogPlugin,
  I extends InstalledCatalogPlugin = InstalledCatalogPlugin,
> {
  plugin: P;
  installed: I | null;
  hasUpdate: boolean;
}

export type CatalogStateFilter = 'all' | 'installed' | 'not-installed' | 'updates' | 'mine' | 'official';
export type CatalogSort = 'popular' | 'name' | 'recent';

export interface CatalogQuery {
  search?: string;
  slot?: string;
  state?: CatalogStateFilter;
  sort?: CatalogSort;
}

export const CATALOG_STATE_LABELS: Record<CatalogStateFilter, string> = {
  all: 'All plugins',
  installed: 'Installed',
  'not-installed': 'Not installed',
  updates: 'Update available',
  mine: 'Mine',
  official: 'Official',
};

export const CATALOG_SORT_LABELS: Record<CatalogSort, string> = {
  popular: 'Most popular',
  name: 'Name (A–Z)',
  recent: 'Recently updated',
};

/** Pairs each community plugin with its installed record (by id); installed plugins missing from the catalog are kept. */
export function mergeCatalog<P extends CatalogPlugin, I extends InstalledCatalogPlugin>(
  community: readonly P[],
  installed: readonly I[],
): CatalogEntry<P | I, I>[] {
  const installedById = new Map(installed.map((plugin) => [plugin.id, plugin]));
  const entries: CatalogEntry<P | I, I>[] = community.map((plugin) => {
    const mine = installedById.get(plugin.id) ?? null;
    return { plugin, installed: mine, hasUpdate: Boolean(mine?.hasUpdate) };
  });
  const known = new Set(community.map((plugin) => plugin.id));
  for (const plugin of installed) {
    if (!known.has(plugin.id))
      entries.push({ plugin, installed: plugin, hasUpdate: Boolean(plugin.hasUpdate) });
  }
  return entries;
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Every word of the query must occur in the name, the author or the description (accents ignored). */
export function matchesSearch(plugin: CatalogPlugin, search: string): boolean {
  const words = normalize(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalize([plugin.name, plugin.author ?? '', plugin.description ?? ''].join(' \u0000 '));
  return words.every((word) => haystack.includes(word));
}

function matchesState(entry: CatalogEntry, state: CatalogStateFilter): boolean {
  switch (state) {
    case 'all':
      return true;
    case 'installed':
      return entry.installed !== null;
    case 'not-installed':
      return entry.installed === null;
    case 'updates':
      return entry.hasUpdate;
    case 'mine':
      return Boolean(entry.plugin.isMine);
    case 'official':
      return Boolean(entry.plugin.isOfficial);
  }
}

function timestamp(plugin: CatalogPlugin): number {
  const value = Date.parse(plugin.updatedAt ?? plugin.createdAt ?? '');
  return Number.isNaN(value) ? 0 : value;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareEntries(sort: CatalogSort): (a: CatalogEntry, b: CatalogEntry) => number {
  const byName = (a: CatalogEntry, b: CatalogEntry) => collator.compare(a.plugin.name, b.plugin.name);
  switch (sort) {
    case 'name':
      return byName;
    case 'popular':
      return (a, b) => (b.plugin.downloadCount ?? 0) - (a.plugin.downloadCount ?? 0) || byName(a, b);
    case 'recent':
      return (a, b) => timestamp(b.plugin) - timestamp(a.plugin) || byName(a, b);
  }
}

/** Search, filter by slot and state, then sort; never mutates its input. */
export function queryCatalog<E extends CatalogEntry>(entries: readonly E[], query: CatalogQuery): E[] {
  const state = query.state ?? 'all';
  const slot = query.slot ?? '';
  return entries
    .filter((entry) => matchesSearch(entry.plugin, query.search ?? ''))
    .filter((entry) => !slot || entry.plugin.slot === slot)
    .filter((entry) => matchesState(entry, state))
    .sort(compareEntries(query.sort ?? 'popular'));
}

/** Slots present in the catalog plus the known ones, for the filter menu. */
export function catalogSlots(entries: readonly CatalogEntry[], knownSlots: readonly string[]): string[] {
  const slots = new Set(knownSlots);
  for (const entry of entries) if (entry.plugin.slot) slots.add(entry.plugin.slot);
  return [...slots];
}

export function formatDownloads(count: number | null | undefined): string {
  const value = count ?? 0;
  if (value >= 1_000_000) return `${(value / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
  if (value >= 1_000) return `${(value / 1_000).toFixed(1).replace(/\.0$/, '')}k`;
  return String(value);
}

export function slotLabel(slot: string | null | undefined): string {
  if (!slot) return 'No slot';
  return slot.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());
}
