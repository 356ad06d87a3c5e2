import { Link } from 'react-router';
import { useMemo } from 'react';
import { useAssets, errorText } from '../../api-client';
import { PluginSlot, PluginCommandMenu } from '../../slots';
import { formatMoney, isLowStock, type AssetView } from './assetFormat';
import { Icon, Skeleton, StatusMessage, usePageTitle } from '../../ui';
import { summarizeInventory } from './inventorySummary';

export function DashboardPage() {
  usePageTitle('Dashboard');
  const assets = useAssets();
  const list = (assets.data ?? []) as readonly AssetView[];
  // Dashboard plugins read the real figures as <<inventory.*>>; absent until the assets have loaded.
  const slotContext = useMemo(
    () => (assets.data ? { inventory: summarizeInventory(assets.data as readonly AssetView[]) } : undefined),
    [assets.data],
  );

  const totalUnits = list.reduce((sum, asset) => sum + (asset.quantity ?? 0), 0);
  const lowStock = list.filter(isLowStock);
  const totalValue = list.reduce((sum, asset) => sum + (asset.value ?? 0) * (asset.quantity ?? 1), 0);
  const categories = new Map<string, number>();
  for (const asset of list)
    categories.set(asset.category ?? 'Other', (categories.get(asset.category ?? 'Other') ?? 0) + 1);

  return (
    <div className="page">
      <header className="page-header page-header--with-actions">
        <div>
          <h1>Dashboard</h1>
          <p className="muted">Your inventory at a glance, with your plugins around it.</p>
        </div>
        <PluginCommandMenu where="dashboard" context={slotContext} label="Dashboard actions" />
      </header>

      <PluginSlot name="dashboard_top" label="Plugins: dashboard top" context={slotContext} />

      {assets.isPending ? (
        <div className="stat-grid">
          {[0, 1, 2, 3].map((index) => (
            <div key={index} className="card stat-card">
              <Skeleton lines={2} />
            </div>
          ))}
        </div>
      ) : assets.isError ? (
        <StatusMessage
          tone="error"
          icon="error"
          title="The inventory could not be loaded."
          action={
            <button type="button" className="button button--tonal" onClick={() => assets.refetch()}>
              <Icon name="refresh" /> Retry
            </button>
          }
        >
          {errorText(assets.error)}
        </StatusMessage>
      ) : (
        <>
          <section aria-labelledby="stats-title">
            <h2 id="stats-title" className="visually-hidden">
              Inventory figures
            </h2>
            <dl className="stat-grid">
              <div className="card stat-card">
                <dt>Assets</dt>
                <dd>{list.length}</dd>
              </div>
              <div className="card stat-card">
                <dt>Units in stock</dt>
                <dd>{totalUnits}</dd>
              </div>
              <div className="card stat-card">
                <dt>Low stock</dt>
                <dd className={lowStock.length ? 'stat-card__warning' : undefined}>{lowStock.length}</dd>
              </div>
              <div className="card stat-card">
                <dt>Stock value</dt>
                <dd>{formatMoney(totalValue, list[0]?.currency)}</dd>
              </div>
            </dl>
          </section>
          <div className="two-columns">
            <section className="card" aria-labelledby="categories-title">
              <h2 id="categories-title">By category</h2>
              <ul className="bar-list">
                {[...categories.entries()]
                  .sort((a, b) => b[1] - a[1])
                  .map(([category, count], _index, sorted) => (
                    <li key={category}>
                      <span>{category}</span>
                      <span
                        className="bar-list__bar"
                        style={{ width: `${Math.max(6, (count / Math.max(1, sorted[0][1])) * 100)}%` }}
                      />
                      <span className="bar-list__count">{count}</span>
                    </li>
                  ))}
              </ul>
            </section>
            <section className="card" aria-labelledby="low-stock-title">
              <h2 id="low-stock-title">Needs restocking</h2>
              {lowStock.length === 0 ? (
                <p className="muted">Every asset is above its minimum stock.</p>
              ) : (
                <ul className="link-list">
                  {lowStock.slice(0, 6).map((asset) => (
                    <li key={asset.id}>
                      <Link to={`/assets/${encodeURIComponent(asset.id)}`}>{asset.name}</Link>
                      <span className="muted">
                        {asset.quantity} left (min {asset.minStock})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}

      <PluginSlot name="dashboard_bottom" label="Plugins: dashboard bottom" context={slotContext} />
    </div>
  );
}
