import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useAssets, errorText } from '../../api-client';
import { PluginSlot } from '../../slots';
import { formatMoney, isLowStock, type AssetView } from './assetFormat';
import { Icon, Skeleton, StatusMessage, usePageTitle } from '../../ui';

export function AssetsPage() {
  usePageTitle('Assets');
  const assets = useAssets();
  const [filter, setFilter] = useState('');
  const list = useMemo(() => {
    const all = (assets.data ?? []) as readonly AssetView[];
    const query = filter.trim().toLowerCase();
    if (!query) return all;
    return all.filter((asset) =>
      [asset.name, asset.category, asset.location].join(' ').toLowerCase().includes(query),
    );
  }, [assets.data, filter]);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Assets</h1>
        <p className="muted">Everything in the inventory. Open an asset to see its plugins.</p>
      </header>
      <PluginSlot name="inventory_header" label="Plugins: inventory header" skeleton={false} />
      <div className="toolbar">
        <label className="search-field">
          <Icon name="search" />
          <span className="visually-hidden">Filter assets</span>
          <input
            type="search"
            placeholder="Filter by name, category or location"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </label>
      </div>
      {assets.isPending ? (
        <div className="card">
          <Skeleton lines={6} label="Loading assets" />
        </div>
      ) : assets.isError ? (
        <StatusMessage
          tone="error"
          icon="error"
          title="The assets could not be loaded."
          action={
            <button type="button" className="button button--tonal" onClick={() => assets.refetch()}>
              <Icon name="refresh" /> Retry
            </button>
          }
        >
          {errorText(assets.error)}
        </StatusMessage>
      ) : list.length === 0 ? (
        <StatusMessage
          icon="inventory"
          title={filter ? 'No asset matches this filter.' : 'The inventory is empty.'}
        />
      ) : (
        <div className="card table-card">
          <table className="data-table">
            <caption className="visually-hidden">Assets</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className="data-table__wide-only">
                  Category
                </th>
                <th scope="col" className="data-table__wide-only">
                  Location
                </th>
                <th scope="col" className="numeric">
                  Quantity
                </th>
                <th scope="col" className="numeric">
                  Value
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((asset) => (
                <tr key={asset.id}>
                  <th scope="row">
                    <Link to={`/assets/${encodeURIComponent(asset.id)}`}>{asset.name}</Link>
                    {/* On a phone the category and location columns give way to this line, so the
                        quantity (and its low-stock badge) stays on screen without sideways scrolling. */}
                    <span className="data-table__narrow-only muted">
                      {[asset.category, asset.location].filter(Boolean).join(' · ')}
                    </span>
                  </th>
                  <td className="data-table__wide-only">{asset.category ?? '—'}</td>
                  <td className="data-table__wide-only">{asset.location ?? '—'}</td>
                  <td className="numeric">
                    {asset.quantity ?? '—'}
                    {isLowStock(asset) ? <span className="badge badge--warning">low</span> : null}
                  </td>
                  <td className="numeric">{formatMoney(asset.value, asset.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
