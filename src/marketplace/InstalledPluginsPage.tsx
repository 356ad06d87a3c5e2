import { useRef } from 'react';
import { Link } from 'react-router';
import { useCommunityPlugins, useInstalledPlugins, errorText } from '../api-client';
import { Icon, Skeleton, StatusMessage, usePageTitle } from '../ui';
import type { CatalogPlugin } from './catalog';
import { InstalledPluginRow } from './InstalledPluginRow';
import type { InstalledRecord } from './pluginManifestInfo';
import { useUpdateAllPlugins } from './useUpdateAllPlugins';

/**
 * The user's installed plugins: switch on and off, settings, update (with a side-by-side preview), uninstall.
 * Each row says why a plugin stays off (a startup check, a plugin it needs) and which plugins need it.
 */
export function InstalledPluginsPage() {
  usePageTitle('Installed plugins');
  const installed = useInstalledPlugins();
  const community = useCommunityPlugins();
  // An uninstalled row takes the focused button with it: keyboard users land on the heading, not on <body>.
  const headingRef = useRef<HTMLHeadingElement>(null);

  const list = (installed.data ?? []) as InstalledRecord[];
  const withUpdates = list.filter((plugin) => plugin.hasUpdate);
  const latestById = new Map(
    ((community.data ?? []) as CatalogPlugin[]).map((plugin) => [plugin.id, plugin]),
  );

  const { updatingAll, updateAll } = useUpdateAllPlugins(withUpdates);

  return (
    <>
      <header className="page-header page-header--with-actions">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            Installed plugins
          </h1>
          <p className="muted">Plugins you installed show in their slot while they are enabled.</p>
        </div>
        {withUpdates.length > 0 ? (
          <button type="button" className="button button--filled" onClick={updateAll} disabled={updatingAll}>
            <Icon name="update" /> {updatingAll ? 'Updating…' : `Update all (${withUpdates.length})`}
          </button>
        ) : null}
      </header>
      {installed.isPending ? (
        <div className="card">
          <Skeleton lines={5} label="Loading installed plugins" />
        </div>
      ) : installed.isError ? (
        <StatusMessage
          tone="error"
          icon="error"
          title="Your installed plugins could not be loaded."
          action={
            <button type="button" className="button button--tonal" onClick={() => installed.refetch()}>
              <Icon name="refresh" /> Retry
            </button>
          }
        >
          {errorText(installed.error)}
        </StatusMessage>
      ) : list.length === 0 ? (
        <StatusMessage
          icon="extension"
          title="No plugins installed yet."
          action={
            <Link to="/marketplace" className="button button--tonal">
              Browse the marketplace
            </Link>
          }
        />
      ) : (
        <ul className="installed-list" aria-label="Installed plugins">
          {list.map((plugin) => (
            <li key={plugin.id}>
              <InstalledPluginRow
                plugin={plugin}
                all={list}
                latest={latestById.get(plugin.id)}
                onUninstalled={() => headingRef.current?.focus()}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
