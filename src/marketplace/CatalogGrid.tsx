import { PluginCard, PluginCardSkeleton } from './PluginCard';
import type { CatalogEntry } from './catalog';
import { Icon, StatusMessage } from '../ui';

export interface CatalogGridProps {
  status: 'pending' | 'error' | 'success';
  entries: readonly CatalogEntry[];
  /** Entries before filtering: tells "nothing matches" from "the catalog is empty". */
  totalCount: number;
  errorMessage?: string;
  /** What could not be loaded (default: the marketplace). */
  errorTitle?: string;
  onRetry?(): void;
  onClearFilters?(): void;
  hrefFor(entry: CatalogEntry): string;
}

/** The catalog as cards, with loading skeletons, an error state with retry and empty states. */
export function CatalogGrid({
  status,
  entries,
  totalCount,
  errorMessage,
  errorTitle = 'The marketplace could not be loaded.',
  onRetry,
  onClearFilters,
  hrefFor,
}: CatalogGridProps) {
  if (status === 'pending') {
    return (
      <div className="plugin-grid" role="status" aria-busy="true" aria-label="Loading plugins">
        {Array.from({ length: 6 }, (_, index) => (
          <PluginCardSkeleton key={index} />
        ))}
      </div>
    );
  }
  if (status === 'error') {
    return (
      <StatusMessage
        tone="error"
        icon="error"
        title={errorTitle}
        action={
          onRetry ? (
            <button type="button" className="button button--tonal" onClick={onRetry}>
              <Icon name="refresh" /> Retry
            </button>
          ) : null
        }
      >
        {errorMessage}
      </StatusMessage>
    );
  }
  if (entries.length === 0) {
    return totalCount === 0 ? (
      <StatusMessage icon="storefront" title="No plugins in the marketplace yet.">
        Be the first: create a plugin and publish it.
      </StatusMessage>
    ) : (
      <StatusMessage
        icon="search"
        title="No plugin matches these filters."
        action={
          onClearFilters ? (
            <button type="button" className="button button--tonal" onClick={onClearFilters}>
              Clear filters
            </button>
          ) : null
        }
      />
    );
  }
  return (
    <>
      <h2 className="visually-hidden">Results</h2>
      <p className="muted result-count" role="status">
        {entries.length === totalCount
          ? `${totalCount} plugins`
          : `${entries.length} of ${totalCount} plugins`}
      </p>
      <ul className="plugin-grid" aria-label="Plugins">
        {entries.map((entry) => (
          <li key={entry.plugin.id}>
            <PluginCard entry={entry} href={hrefFor(entry)} />
          </li>
        ))}
      </ul>
    </>
  );
}
