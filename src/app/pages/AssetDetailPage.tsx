import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, useApiClient, useAsset, type AssetEdit, errorText } from '../../api-client';
import { sanitizeUrl } from '../../renderer';
import { PluginCommandMenu, PluginSlot, usePluginEvents } from '../../slots';
import { formatDate, formatMoney, isLowStock, type AssetView } from './assetFormat';
import { AssetEditForm } from './AssetEditForm';
import { Icon, Skeleton, StatusMessage, usePageTitle, useToast } from '../../ui';

/**
 * Tells plugins once per asset opened that the user is looking at it: page actions here, server actions
 * through the server, asked only when an active plugin subscribes there (best effort: a plugin's trouble never
 * bothers the page).
 */
function useAssetViewedEvent(asset: AssetView | undefined) {
  const raise = usePluginEvents();
  const client = useApiClient();
  const latest = useRef(asset);
  const assetId = asset?.id;
  useLayoutEffect(() => {
    latest.current = asset;
  });
  // Once per asset id: a refetch of the same asset is not a new visit.
  useEffect(() => {
    const current = latest.current;
    if (!assetId || !current) return;
    // The POST is only for server-side subscriptions: without one, opening an asset costs the server nothing.
    void raise({ event: 'asset.viewed', data: { asset: current } }).then((raised) => {
      if (raised.serverSubscribers > 0) client.reportAssetViewed(assetId).catch(() => undefined);
    });
  }, [assetId, raise, client]);
}

export function AssetDetailPage() {
  const { id = '' } = useParams();
  const asset = useAsset(id);
  const data = asset.data as AssetView | undefined;
  usePageTitle(data ? data.name : 'Asset');
  // A stable object, so that the slot's plugins re-render only when the asset itself changes.
  const slotContext = useMemo(() => (data ? { asset: data } : undefined), [data]);
  const [editing, setEditing] = useState(false);
  const raise = usePluginEvents();
  const notify = useToast();
  useAssetViewedEvent(data);
  const saved = (edit: AssetEdit) => {
    setEditing(false);
    notify(`Saved ${edit.asset.name}.`, { tone: 'success' });
    if (edit.changedFields.length > 0)
      void raise({
        event: 'asset.changed',
        data: { asset: edit.asset, changes: { fields: edit.changedFields } },
      });
  };

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/assets">
          <Icon name="arrowBack" size={18} /> Assets
        </Link>
      </nav>
      {asset.isPending ? (
        <div className="card">
          <Skeleton lines={5} label="Loading the asset" />
        </div>
      ) : asset.error instanceof ApiError && asset.error.status === 404 ? (
        // Retrying cannot bring back an asset the server does not have: offer the list instead.
        <StatusMessage
          icon="search"
          title="This asset does not exist."
          action={
            <Link to="/assets" className="button button--tonal">
              Back to the assets
            </Link>
          }
        >
          It may have been removed, or the address is wrong.
        </StatusMessage>
      ) : asset.isError || !data ? (
        <StatusMessage
          tone="error"
          icon="error"
          title="This asset could not be loaded."
          action={
            <button type="button" className="button button--tonal" onClick={() => asset.refetch()}>
              <Icon name="refresh" /> Retry
            </button>
          }
        >
          {asset.error ? errorText(asset.error) : 'Try again in a moment.'}
        </StatusMessage>
      ) : (
        <>
          <header className="page-header page-header--with-actions">
            <div>
              <h1>{data.name}</h1>
              <p className="muted">
                {data.category} · {data.location}
              </p>
            </div>
            <div className="page-header__actions">
              {editing ? null : (
                <button type="button" className="button button--tonal" onClick={() => setEditing(true)}>
                  <Icon name="edit" /> Edit
                </button>
              )}
              <PluginCommandMenu where="asset_actions" context={slotContext} label="Asset actions" />
            </div>
          </header>
          {editing ? <AssetEditForm asset={data} onSaved={saved} onCancel={() => setEditing(false)} /> : null}
          <div className="asset-layout">
            <section className="card" aria-labelledby="asset-facts-title">
              <div className="asset-heading">
                {data.imageUrl && sanitizeUrl(data.imageUrl, { kind: 'image' }) ? (
                  <img
                    className="asset-image"
                    src={sanitizeUrl(data.imageUrl, { kind: 'image' }) ?? undefined}
                    alt=""
                    width={72}
                    height={72}
                  />
                ) : null}
                <h2 id="asset-facts-title">Details</h2>
              </div>
              {data.description ? <p>{data.description}</p> : null}
              <dl className="facts">
                <div>
                  <dt>Quantity</dt>
                  <dd>
                    {data.quantity ?? '—'}{' '}
                    {isLowStock(data) ? <span className="badge badge--warning">low stock</span> : null}
                  </dd>
                </div>
                <div>
                  <dt>Minimum stock</dt>
                  <dd>{data.minStock ?? '—'}</dd>
                </div>
                <div>
                  <dt>Quality score</dt>
                  <dd>{data.qualityScore ?? '—'}</dd>
                </div>
                <div>
                  <dt>Unit value</dt>
                  <dd>{formatMoney(data.value, data.currency)}</dd>
                </div>
                <div>
                  <dt>Serial number</dt>
                  <dd>{data.serialNumber || '—'}</dd>
                </div>
                <div>
                  <dt>Updated</dt>
                  <dd>{formatDate(data.updatedAt)}</dd>
                </div>
              </dl>
              {data.tags && data.tags.length > 0 ? (
                <ul className="tag-list" aria-label="Tags">
                  {data.tags.map((tag) => (
                    <li key={tag} className="badge">
                      {tag}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
            <PluginSlot
              name="asset_detail"
              context={slotContext}
              label="Plugins for this asset"
              className="asset-layout__plugins"
            />
          </div>
        </>
      )}
    </div>
  );
}
