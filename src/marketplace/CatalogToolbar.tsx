import { useId } from 'react';
import {
  CATALOG_SORT_LABELS,
  CATALOG_STATE_LABELS,
  slotLabel,
  type CatalogQuery,
  type CatalogSort,
  type CatalogStateFilter,
} from './catalog';
import { Icon } from '../ui';

export interface CatalogToolbarProps {
  query: CatalogQuery;
  slots: readonly string[];
  onChange(query: CatalogQuery): void;
}

/** Search, slot and state filters, and sort order for the catalog. */
export function CatalogToolbar({ query, slots, onChange }: CatalogToolbarProps) {
  const slotId = useId();
  const stateId = useId();
  const sortId = useId();
  return (
    <div className="toolbar catalog-toolbar" role="search">
      <label className="search-field">
        <Icon name="search" />
        <span className="visually-hidden">Search plugins</span>
        <input
          type="search"
          placeholder="Search by name, author or description"
          value={query.search ?? ''}
          onChange={(event) => onChange({ ...query, search: event.target.value })}
        />
      </label>
      <div className="select-field">
        <label htmlFor={slotId}>Slot</label>
        <select
          id={slotId}
          value={query.slot ?? ''}
          onChange={(event) => onChange({ ...query, slot: event.target.value })}
        >
          <option value="">All slots</option>
          {slots.map((slot) => (
            <option key={slot} value={slot}>
              {slotLabel(slot)}
            </option>
          ))}
        </select>
      </div>
      <div className="select-field">
        <label htmlFor={stateId}>Show</label>
        <select
          id={stateId}
          value={query.state ?? 'all'}
          onChange={(event) => onChange({ ...query, state: event.target.value as CatalogStateFilter })}
        >
          {(Object.keys(CATALOG_STATE_LABELS) as CatalogStateFilter[]).map((state) => (
            <option key={state} value={state}>
              {CATALOG_STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </div>
      <div className="select-field">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={query.sort ?? 'popular'}
          onChange={(event) => onChange({ ...query, sort: event.target.value as CatalogSort })}
        >
          {(Object.keys(CATALOG_SORT_LABELS) as CatalogSort[]).map((sort) => (
            <option key={sort} value={sort}>
              {CATALOG_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
