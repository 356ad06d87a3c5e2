import { useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  useCommunityPlugins,
  useInstalledPlugins,
  useTogglePlugin,
  useUninstallPlugin,
  useUpdateInstalledPlugin,
} from '../api-client';
import { slotLabel, type CatalogPlugin, type InstalledCatalogPlugin } from './catalog';
import { errorText } from './errorText';
import { PluginAvatar } from './PluginAvatar';
import { PluginJobsPanel } from './PluginJobsPanel';
import { PluginPreview } from './PluginPreview';
import { Icon, Skeleton, StatusMessage, useConfirm, usePageTitle, useToast } from '../ui';

/** The user's installed plugins: switch on and off, update (with a side-by-side preview), uninstall. */
export function InstalledPluginsPage() {
  usePageTitle('Installed plugins');
  const installed = useInstalledPlugins();
  const community = useCommunityPlugins();
  const updateInstalled = useUpdateInstalledPlugin();
  const notify = useToast();
  const [updatingAll, setUpdatingAll] = useState(false);
  // An uninstalled row takes the focused button with it: keyboard users land on the heading, not on <body>.
  const headingRef = useRef<HTMLHeadingElement>(null);

  const list = (installed.data ?? []) as InstalledCatalogPlugin[];
  const withUpdates = list.filter((plugin) => plugin.hasUpdate);
  const latestById = new Map(
    ((community.data ?? []) as CatalogPlugin[]).map((plugin) => [plugin.id, plugin]),
  );

  const updateAll = async () => {
    setUpdatingAll(true);
    let failed = 0;
    // One after the other: the server bumps download counts and the list refreshes after each.
    for (const plugin of withUpdates) {
      try {
        await updateInstalled.mutateAsync(plugin.id);
      } catch {
        failed += 1;
      }
    }
    setUpdatingAll(false);
    if (failed)
      notify(`${failed} of ${withUpdates.length} updates failed. Try them one by one.`, { tone: 'error' });
    else
      notify(`Updated ${withUpdates.length} plugin${withUpdates.length === 1 ? '' : 's'}.`, {
        tone: 'success',
      });
  };

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

function InstalledPluginRow({
  plugin,
  latest,
  onUninstalled,
}: {
  plugin: InstalledCatalogPlugin;
  latest?: CatalogPlugin;
  onUninstalled: () => void;
}) {
  const toggle = useTogglePlugin();
  const uninstall = useUninstallPlugin();
  const updateInstalled = useUpdateInstalledPlugin();
  const confirm = useConfirm();
  const notify = useToast();
  const [comparing, setComparing] = useState(false);
  const active = plugin.isActive !== false;
  const compareId = `compare-${plugin.id}`;

  const onUninstall = async () => {
    const answer = await confirm({
      title: `Uninstall “${plugin.name}”?`,
      message: 'It disappears from its slot. You can install it again from the marketplace.',
      confirmLabel: 'Uninstall',
      tone: 'danger',
    });
    if (!answer.confirmed) return;
    // Not mutate()'s callbacks: this row leaves the list (and unmounts) as soon as the uninstall succeeds,
    // and TanStack Query drops the callbacks of an unmounted caller, so the user would hear nothing.
    try {
      await uninstall.mutateAsync(plugin.id);
      notify(`Uninstalled “${plugin.name}”.`, { tone: 'success' });
      onUninstalled();
    } catch (error) {
      notify(errorText(error), { tone: 'error' });
    }
  };

  const onUpdate = () =>
    updateInstalled.mutate(plugin.id, {
      onSuccess: () => {
        setComparing(false);
        notify(
          `Updated “${plugin.name}” to ${plugin.latestVersion ?? latest?.version ?? 'the latest version'}.`,
          { tone: 'success' },
        );
      },
      onError: (error) => notify(errorText(error), { tone: 'error' }),
    });

  return (
    <article className="card installed-row" data-plugin-id={plugin.id} aria-label={plugin.name}>
      <div className="installed-row__main">
        <PluginAvatar author={plugin.author} url={plugin.authorAvatar} />
        <div className="installed-row__text">
          <h2 className="installed-row__name">
            <Link to={`/marketplace/plugins/${encodeURIComponent(plugin.id)}`}>{plugin.name}</Link>
          </h2>
          <p className="muted">
            v{plugin.version} · {slotLabel(plugin.slot)} · by {plugin.author || 'unknown'}
            {plugin.hasUpdate ? (
              <span className="badge badge--update">
                <Icon name="update" size={14} /> {plugin.latestVersion ?? latest?.version} available
              </span>
            ) : null}
          </p>
        </div>
        <div className="installed-row__actions">
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={active}
              aria-label={`Enable ${plugin.name}`}
              onChange={(event) =>
                toggle.mutate(
                  { pluginId: plugin.id, isActive: event.target.checked },
                  {
                    onError: (error) =>
                      notify(`Could not switch “${plugin.name}”: ${errorText(error)}`, { tone: 'error' }),
                  },
                )
              }
            />
            <span className="switch__track" aria-hidden="true" />
            <span aria-hidden="true">{active ? 'On' : 'Off'}</span>
          </label>
          {plugin.hasUpdate ? (
            <button
              type="button"
              className="button button--tonal"
              aria-expanded={comparing}
              aria-controls={compareId}
              onClick={() => setComparing((value) => !value)}
            >
              <Icon name="update" /> {comparing ? 'Hide update' : 'Review update'}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--text button--danger-text"
            onClick={onUninstall}
            disabled={uninstall.isPending}
          >
            <Icon name="delete" /> Uninstall
          </button>
        </div>
      </div>
      <PluginJobsPanel pluginId={plugin.id} />
      {comparing ? (
        <div id={compareId} className="compare">
          <div className="compare__columns">
            <PluginPreview
              ui={plugin.ui}
              slot={plugin.slot}
              plugin={{ id: plugin.id, version: plugin.version }}
              caption={`Installed: ${plugin.version}`}
              label={`Installed version ${plugin.version}`}
            />
            {latest?.ui !== undefined ? (
              <PluginPreview
                ui={latest.ui}
                slot={latest.slot}
                plugin={{ id: plugin.id, version: latest.version }}
                caption={`Latest: ${latest.version ?? plugin.latestVersion}`}
                label={`Latest version ${latest.version ?? plugin.latestVersion}`}
              />
            ) : (
              <p className="muted">The latest version cannot be previewed here.</p>
            )}
          </div>
          <div className="compare__actions">
            <button
              type="button"
              className="button button--filled"
              onClick={onUpdate}
              disabled={updateInstalled.isPending}
            >
              <Icon name="update" />{' '}
              {updateInstalled.isPending
                ? 'Updating…'
                : `Update to ${plugin.latestVersion ?? latest?.version ?? 'latest'}`}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
