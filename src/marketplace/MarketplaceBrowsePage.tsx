import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useCommunityPlugins, useInstalledPlugins, errorText } from '../api-client';
import { APP_SLOT_NAMES } from '../slots';
import { CatalogGrid } from './CatalogGrid';
import { CatalogToolbar } from './CatalogToolbar';
import {
  CATALOG_SORT_LABELS,
  CATALOG_STATE_LABELS,
  catalogSlots,
  mergeCatalog,
  queryCatalog,
  type CatalogPlugin,
  type CatalogQuery,
  type CatalogSort,
  type CatalogStateFilter,
  type InstalledCatalogPlugin,
} from './catalog';
import { Icon, usePageTitle } from '../ui';

function readQuery(params: URLSearchParams): CatalogQuery {
  const state = params.get('state');
  const sort = params.get('sort');
  return {
    search: params.get('q') ?? '',
    slot: params.get('slot') ?? '',
    state: state && state in CATALOG_STATE_LABELS ? (state as CatalogStateFilter) : 'all',
    sort: sort && sort in CATALOG_SORT_LABELS ? (sort as CatalogSort) : 'popular',
  };
}

function writeQuery(query: CatalogQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.slot) params.set('slot', query.slot);
  if (query.state && query.state !== 'all') params.set('state', query.state);
  if (query.sort && query.sort !== 'popular') params.set('sort', query.sort);
  return params;
}

/** Browse the catalog; the filters live in the URL so that a filtered view can be shared and reloaded. */
export function MarketplaceBrowsePage() {
  usePageTitle('Marketplace');
  const [params, setParams] = useSearchParams();
  const community = useCommunityPlugins();
  const installed = useInstalledPlugins();
  const query = readQuery(params);

  const entries = useMemo(
    () =>
      mergeCatalog(
        (community.data ?? []) as readonly CatalogPlugin[],
        (installed.data ?? []) as readonly InstalledCatalogPlugin[],
      ),
    [community.data, installed.data],
  );
  const visible = useMemo(() => queryCatalog(entries, query), [entries, query]);
  const slots = useMemo(() => catalogSlots(entries, APP_SLOT_NAMES), [entries]);
  const grid = gridState(community, installed, query.state ?? 'all');

  return (
    <>
      <header className="page-header">
        <h1>Marketplace</h1>
        <p className="muted">
          Plugins made by the community. Open one to preview it and see what it can access.
        </p>
      </header>
      <CatalogToolbar
        query={query}
        slots={slots}
        // Drawn at once: the next keystroke or filter must start from this one's query, not a stale one
        // (a transition left a cleared search to come back when a filter changed before the redraw).
        onChange={(next) => setParams(writeQuery(next), { replace: true, flushSync: true })}
      />
      {grid.installedNotice ? (
        <div className="catalog-notice" role="alert">
          <Icon name="error" />
          <span className="catalog-notice__text">
            Your installed plugins could not be loaded, so the cards do not say which ones you have.{' '}
            {grid.installedNotice}
          </span>
          <button type="button" className="button button--text" onClick={() => installed.refetch()}>
            Retry
          </button>
        </div>
      ) : null}
      <CatalogGrid
        status={grid.status}
        entries={visible}
        totalCount={entries.length}
        errorTitle={grid.errorTitle}
        errorMessage={grid.errorMessage}
        onRetry={grid.retry}
        onClearFilters={() => setParams(new URLSearchParams(), { replace: true })}
        hrefFor={(entry) => `/marketplace/plugins/${encodeURIComponent(entry.plugin.id)}`}
      />
    </>
  );
}

interface QueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch(): unknown;
}

/** Filters that read the installed list wait for it, and say when it failed instead of showing "no match". */
const FILTERS_ON_INSTALLED: ReadonlySet<CatalogStateFilter> = new Set([
  'installed',
  'not-installed',
  'updates',
]);

function gridState(community: QueryState, installed: QueryState, state: CatalogStateFilter) {
  const retryCommunity = () => void community.refetch();
  if (community.isPending) return { status: 'pending' as const, retry: retryCommunity };
  if (community.isError) {
    return { status: 'error' as const, errorMessage: errorText(community.error), retry: retryCommunity };
  }
  if (!FILTERS_ON_INSTALLED.has(state)) {
    return {
      status: 'success' as const,
      installedNotice: installed.isError ? errorText(installed.error) : undefined,
    };
  }
  if (installed.isPending) return { status: 'pending' as const };
  if (installed.isError) {
    return {
      status: 'error' as const,
      errorTitle: 'Your installed plugins could not be loaded.',
      errorMessage: errorText(installed.error),
      retry: () => void installed.refetch(),
    };
  }
  return { status: 'success' as const };
}
