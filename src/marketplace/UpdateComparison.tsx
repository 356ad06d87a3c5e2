import { Icon, useToast } from '../ui';
import type { CatalogPlugin } from './catalog';
import { errorText } from '../api-client';
import { PluginPreview } from './PluginPreview';
import type { InstalledRecord } from './pluginManifestInfo';
import { useManifestActions } from './useManifestActions';

/**
 * An installed plugin's update reviewed before it is taken: the installed and the latest version rendered
 * side by side with sample data, and the Update button (which asks first when the update wants more).
 */
export function UpdateComparison({
  id,
  plugin,
  latest,
  onUpdated,
}: {
  id: string;
  plugin: InstalledRecord;
  latest?: CatalogPlugin;
  onUpdated: () => void;
}) {
  const actions = useManifestActions();
  const notify = useToast();
  const latestVersion = plugin.latestVersion ?? latest?.version;

  const onUpdate = async () => {
    try {
      if (!(await actions.updateWithConsent(plugin))) return;
      onUpdated();
      notify(`Updated “${plugin.name}” to ${latestVersion ?? 'the latest version'}.`, { tone: 'success' });
    } catch (error) {
      notify(errorText(error), { tone: 'error' });
    }
  };

  return (
    <div id={id} className="compare">
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
          disabled={actions.updateInstalled.isPending}
        >
          <Icon name="update" />{' '}
          {actions.updateInstalled.isPending ? 'Updating…' : `Update to ${latestVersion ?? 'latest'}`}
        </button>
      </div>
    </div>
  );
}
