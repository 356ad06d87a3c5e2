import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useCommunityPlugins, useInstalledPlugins, useUpdateInstalledPlugin } from '../api-client';
import { slotLabel, type CatalogPlugin, type InstalledCatalogPlugin } from './catalog';
import { errorText } from './errorText';
import { PluginAvatar } from './PluginAvatar';
import { PluginJobsPanel } from './PluginJobsPanel';
import { PluginPreview } from './PluginPreview';
import { PluginSettingsForm } from './PluginSettingsForm';
import {
  describeStartupFailure,
  installedStatus,
  manifestOf,
  type InstalledStatus,
  type ManifestRecord,
} from './pluginManifestInfo';
import { useManifestActions } from './useManifestActions';
import { describePermission } from '../plugin-host';
import { Icon, Skeleton, StatusMessage, useConfirm, usePageTitle, useToast } from '../ui';

type InstalledRecord = InstalledCatalogPlugin &
  ManifestRecord & { updatePermissions?: string[]; settingValues?: unknown };

/**
 * The user's installed plugins: switch on and off, settings, update (with a side-by-side preview), uninstall.
 * Each row says why a plugin stays off (a startup check, a plugin it needs) and which plugins need it.
 */
export function InstalledPluginsPage() {
  usePageTitle('Installed plugins');
  const installed = useInstalledPlugins();
  const community = useCommunityPlugins();
  const updateInstalled = useUpdateInstalledPlugin();
  const notify = useToast();
  const [updatingAll, setUpdatingAll] = useState(false);
  // An uninstalled row takes the focused button with it: keyboard users land on the heading, not on <body>.
  const headingRef = useRef<HTMLHeadingElement>(null);

  const list = (installed.data ?? []) as InstalledRecord[];
  const withUpdates = list.filter((plugin) => plugin.hasUpdate);
  const latestById = new Map(
    ((community.data ?? []) as CatalogPlugin[]).map((plugin) => [plugin.id, plugin]),
  );

  const updateAll = async () => {
    setUpdatingAll(true);
    let failed = 0;
    // Updates that ask for new permissions wait for the user's consent, one by one: never allowed in bulk.
    const waiting = withUpdates.filter((plugin) => (plugin.updatePermissions ?? []).length > 0);
    const plain = withUpdates.filter((plugin) => !waiting.includes(plugin));
    // One after the other: the server bumps download counts and the list refreshes after each.
    for (const plugin of plain) {
      try {
        await updateInstalled.mutateAsync(plugin.id);
      } catch {
        failed += 1;
      }
    }
    setUpdatingAll(false);
    const plural = (n: number) => `${n} plugin${n === 1 ? '' : 's'}`;
    const waitingText =
      waiting.length > 0
        ? ` ${waiting.map((plugin) => `“${plugin.name}”`).join(', ')} ${waiting.length === 1 ? 'asks' : 'ask'} for new permissions: review ${waiting.length === 1 ? 'it' : 'them'} with Review update.`
        : '';
    if (failed)
      notify(`${failed} of ${plain.length} updates failed. Try them one by one.${waitingText}`, {
        tone: 'error',
      });
    else if (plain.length === 0) notify(waitingText.trim(), { tone: 'info' });
    else notify(`Updated ${plural(plain.length)}.${waitingText}`, { tone: 'success' });
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

function InstalledPluginRow({
  plugin,
  all,
  latest,
  onUninstalled,
}: {
  plugin: InstalledRecord;
  all: readonly InstalledRecord[];
  latest?: CatalogPlugin;
  onUninstalled: () => void;
}) {
  const actions = useManifestActions();
  const { uninstall, updateInstalled, toggle } = actions;
  const confirm = useConfirm();
  const notify = useToast();
  const [comparing, setComparing] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  const active = plugin.isActive !== false;
  const compareId = `compare-${plugin.id}`;
  const settingsId = `settings-${plugin.id}`;
  const manifest = useMemo(() => manifestOf(plugin), [plugin]);
  const settings = manifest.settings;
  const slots = manifest.surfaces.length > 0 ? manifest.surfaces.map((s) => s.slot) : [plugin.slot];
  const status = useMemo(() => installedStatus(plugin, all), [plugin, all]);

  const onUninstall = async () => {
    const answer =
      status.dependents.length > 0
        ? { confirmed: await actions.confirmDependents(plugin.name, status.dependents, 'uninstall') }
        : await confirm({
            title: `Uninstall “${plugin.name}”?`,
            message: 'It disappears from its slot. You can install it again from the marketplace.',
            confirmLabel: 'Uninstall',
            tone: 'danger',
          });
    if (!answer.confirmed) return;
    // Not mutate()'s callbacks: this row leaves the list (and unmounts) as soon as the uninstall succeeds,
    // and TanStack Query drops the callbacks of an unmounted caller, so the user would hear nothing.
    try {
      await uninstall.mutateAsync({ pluginId: plugin.id, force: status.dependents.length > 0 });
      notify(`Uninstalled “${plugin.name}”.`, { tone: 'success' });
      onUninstalled();
    } catch (error) {
      notify(errorText(error), { tone: 'error' });
    }
  };

  const onUpdate = async () => {
    try {
      if (!(await actions.updateWithConsent(plugin))) return;
      setComparing(false);
      notify(
        `Updated “${plugin.name}” to ${plugin.latestVersion ?? latest?.version ?? 'the latest version'}.`,
        { tone: 'success' },
      );
    } catch (error) {
      notify(errorText(error), { tone: 'error' });
    }
  };

  const onToggle = async (isActive: boolean) => {
    try {
      await actions.setActive(plugin, isActive, status.dependents);
    } catch (error) {
      notify(`Could not switch “${plugin.name}”: ${errorText(error)}`, { tone: 'error' });
    }
  };

  return (
    <article className="card installed-row" data-plugin-id={plugin.id} aria-label={plugin.name}>
      <div className="installed-row__main">
        <PluginAvatar author={plugin.author} url={plugin.authorAvatar} />
        <div className="installed-row__text">
          <h2 className="installed-row__name">
            <Link to={`/marketplace/plugins/${encodeURIComponent(plugin.id)}`}>{plugin.name}</Link>
          </h2>
          <p className="muted">
            v{plugin.version} · {slots.map((slot) => slotLabel(slot)).join(' and ')} · by{' '}
            {plugin.author || 'unknown'}
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
              disabled={toggle.isPending}
              onChange={(event) => void onToggle(event.target.checked)}
            />
            <span className="switch__track" aria-hidden="true" />
            <span aria-hidden="true">{active ? 'On' : 'Off'}</span>
          </label>
          {settings.length > 0 ? (
            <button
              type="button"
              className="button button--tonal"
              aria-expanded={editingSettings}
              aria-controls={settingsId}
              onClick={() => setEditingSettings((value) => !value)}
            >
              <Icon name="settings" /> Settings
            </button>
          ) : null}
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
      <InstalledPluginNotes
        status={status}
        active={active}
        update={
          plugin.hasUpdate && (plugin.updatePermissions ?? []).length > 0
            ? {
                version: plugin.latestVersion ?? latest?.version ?? 'The latest version',
                permissions: plugin.updatePermissions ?? [],
              }
            : undefined
        }
      />
      {editingSettings ? (
        <div id={settingsId} className="installed-row__settings">
          <PluginSettingsForm
            pluginId={plugin.id}
            pluginName={plugin.name}
            fields={settings}
            values={plugin.settingValues}
            onSaved={() => setEditingSettings(false)}
          />
        </div>
      ) : null}
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
              onClick={() => void onUpdate()}
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

/** Why the plugin is off or waiting, and who needs it: the row says it in words, next to the switch. */
function InstalledPluginNotes({
  status,
  active,
  update,
}: {
  status: InstalledStatus;
  active: boolean;
  /** An update that asks for permissions the user has not allowed: said before they press Update. */
  update?: { version: string; permissions: readonly string[] };
}) {
  const notes: { key: string; tone: 'warning' | 'info'; text: string }[] = [];
  if (update)
    notes.push({
      key: 'update-permissions',
      tone: 'info',
      text: `${/^\d/.test(update.version) ? `Version ${update.version}` : update.version} asks for more: ${update.permissions
        .map((permission) => `${describePermission(permission).title} (${permission})`)
        .join('; ')}. Updating asks you first.`,
    });
  for (const failure of status.startupFailures)
    notes.push({
      key: `check-${failure.title}`,
      tone: 'warning',
      text: `Stays off: ${describeStartupFailure(failure)}`,
    });
  // A check on a dependency already says what the dependency problem would say.
  const checked = new Set(
    status.startupFailures.flatMap((f) => (f.condition.kind === 'dependency' ? [f.condition.id] : [])),
  );
  for (const problem of status.dependencyProblems.filter((p) => !checked.has(p.dependencyId)))
    notes.push({
      key: `dep-${problem.dependencyId}`,
      tone: 'warning',
      text: `Stays off: ${problem.message}`,
    });
  if (active && status.missingSettings.length > 0)
    notes.push({
      key: 'settings',
      tone: 'warning',
      text: `Needs setting up: ${status.missingSettings.map((field) => field.label).join(', ')}.`,
    });
  if (status.dependents.length > 0)
    notes.push({
      key: 'dependents',
      tone: 'info',
      text: `Needed by ${status.dependents.map((d) => `“${d.name}”`).join(', ')}.`,
    });
  if (notes.length === 0) return null;
  return (
    <ul className="installed-row__notes" aria-label="Status">
      {notes.map((note) => (
        <li key={note.key} className={`installed-row__note installed-row__note--${note.tone}`}>
          <Icon name={note.tone === 'warning' ? 'warning' : 'info'} size={18} /> {note.text}
        </li>
      ))}
    </ul>
  );
}
