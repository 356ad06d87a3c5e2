import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '../ui';
import { slotLabel, type CatalogPlugin } from './catalog';
import { InstalledPluginNotes } from './InstalledPluginNotes';
import { InstalledRowActions } from './InstalledRowActions';
import { PluginAvatar } from './PluginAvatar';
import { PluginJobsPanel } from './PluginJobsPanel';
import { PluginMcpSwitch } from './PluginMcpSwitch';
import { PluginSettingsForm } from './PluginSettingsForm';
import { installedStatus, manifestOf, type InstalledRecord } from './pluginManifestInfo';
import { UpdateComparison } from './UpdateComparison';

/**
 * One installed plugin: what it is, its controls, why it stays off, and the panels its buttons open
 * (settings, update review) plus its jobs and whether AI assistants see it.
 */
export function InstalledPluginRow({
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
  const [comparing, setComparing] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  const manifest = useMemo(() => manifestOf(plugin), [plugin]);
  const status = useMemo(() => installedStatus(plugin, all), [plugin, all]);
  const settingsPanel = {
    id: `settings-${plugin.id}`,
    open: editingSettings,
    toggle: () => setEditingSettings((value) => !value),
  };
  const updatePanel = {
    id: `compare-${plugin.id}`,
    open: comparing,
    toggle: () => setComparing((value) => !value),
  };
  const updatePermissions = plugin.updatePermissions ?? [];

  return (
    <article className="card installed-row" data-plugin-id={plugin.id} aria-label={plugin.name}>
      <div className="installed-row__main">
        <PluginAvatar author={plugin.author} url={plugin.authorAvatar} />
        <InstalledPluginTitle
          plugin={plugin}
          manifestSlots={manifest.surfaces.map((s) => s.slot)}
          latest={latest}
        />
        <InstalledRowActions
          plugin={plugin}
          status={status}
          settings={manifest.settings.length > 0 ? settingsPanel : undefined}
          update={plugin.hasUpdate ? updatePanel : undefined}
          onUninstalled={onUninstalled}
        />
      </div>
      <InstalledPluginNotes
        status={status}
        active={plugin.isActive !== false}
        update={
          plugin.hasUpdate && updatePermissions.length > 0
            ? {
                version: plugin.latestVersion ?? latest?.version ?? 'The latest version',
                permissions: updatePermissions,
              }
            : undefined
        }
      />
      <PluginMcpSwitch plugin={plugin} manifest={manifest} />
      {editingSettings ? (
        <div id={settingsPanel.id} className="installed-row__settings">
          <PluginSettingsForm
            pluginId={plugin.id}
            pluginName={plugin.name}
            fields={manifest.settings}
            values={plugin.settingValues}
            onSaved={() => setEditingSettings(false)}
          />
        </div>
      ) : null}
      <PluginJobsPanel pluginId={plugin.id} />
      {comparing ? (
        <UpdateComparison
          id={updatePanel.id}
          plugin={plugin}
          latest={latest}
          onUpdated={() => setComparing(false)}
        />
      ) : null}
    </article>
  );
}

/** The plugin's name (a link to its page), version, slots, author and a badge when an update waits. */
function InstalledPluginTitle({
  plugin,
  manifestSlots,
  latest,
}: {
  plugin: InstalledRecord;
  manifestSlots: readonly string[];
  latest?: CatalogPlugin;
}) {
  const slots = manifestSlots.length > 0 ? manifestSlots : [plugin.slot];
  return (
    <div className="installed-row__text">
      <h2 className="installed-row__name">
        <Link to={`/marketplace/plugins/${encodeURIComponent(plugin.id)}`}>{plugin.name}</Link>
      </h2>
      <p className="muted">
        v{plugin.version} · {slots.map((slot) => slotLabel(slot)).join(' and ')} ·{' '}
        <span className="installed-row__author">by {plugin.author || 'unknown'}</span>
        {plugin.hasUpdate ? (
          <span className="badge badge--update">
            <Icon name="update" size={14} /> {plugin.latestVersion ?? latest?.version} available
          </span>
        ) : null}
      </p>
    </div>
  );
}
