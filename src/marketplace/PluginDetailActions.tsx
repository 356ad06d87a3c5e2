import { Link } from 'react-router';
import { Icon, Switch, useToast } from '../ui';
import { slotLabel } from './catalog';
import { errorText } from '../api-client';
import { installedStatus } from './pluginManifestInfo';
import type { ManifestActions } from './useManifestActions';
import { stayedOffNotice } from './useInstallWithConsent';
import type { DetailPlugin, PluginDetail } from './usePluginDetail';

/**
 * What the user can do with the plugin on its page: install it (asking consent for what it and the plugins
 * it brings along may do), or, once installed, switch it, update it and go to Manage; its author edits it.
 */
export function PluginDetailActions({
  detail,
  actions,
}: {
  detail: PluginDetail;
  /** The page's own: it shows the install's error under its header. */
  actions: ManifestActions;
}) {
  const { plugin, installed, allInstalled, surfaces, validation } = detail;
  const notify = useToast();
  if (!plugin) return null;

  const installPlugin = async () => {
    try {
      const done = await actions.installWithConsent(
        plugin,
        {
          id: plugin.id,
          name: plugin.name,
          author: plugin.author ?? undefined,
          version: plugin.version ?? undefined,
          download_url: plugin.download_url,
          isOfficial: plugin.isOfficial ?? undefined,
        },
        { catalog: (detail.community.data ?? []) as DetailPlugin[], installed: allInstalled },
      );
      const stayedOff = stayedOffNotice(plugin.name, done);
      const where = surfaces.map((surface) => slotLabel(surface.slot).toLowerCase()).join(' and ');
      if (stayedOff) notify(stayedOff, { tone: 'error' });
      else if (done)
        notify(
          `Installed “${plugin.name}”. It now shows in the ${where || 'its'} slot${surfaces.length > 1 ? 's' : ''}.`,
          { tone: 'success' },
        );
    } catch (error) {
      notify(errorText(error), { tone: 'error' });
    }
  };

  const dependents = installed ? installedStatus(installed, allInstalled).dependents : [];
  const enabled = installed?.isActive !== false;

  return (
    <div className="plugin-detail__actions">
      {installed ? (
        <>
          <Switch
            checked={enabled}
            disabled={actions.toggle.isPending}
            onChange={(checked) =>
              void actions
                .setActive(plugin, checked, dependents)
                .catch((error: unknown) => notify(errorText(error), { tone: 'error' }))
            }
          >
            {enabled ? 'Enabled' : 'Disabled'}
          </Switch>
          {installed.hasUpdate ? (
            <button
              type="button"
              className="button button--filled"
              disabled={actions.updateInstalled.isPending}
              onClick={() =>
                void actions
                  .updateWithConsent({ ...plugin, updatePermissions: installed.updatePermissions })
                  .then((done) => done && notify(`Updated “${plugin.name}”.`, { tone: 'success' }))
                  .catch((error: unknown) => notify(errorText(error), { tone: 'error' }))
              }
            >
              <Icon name="update" /> Update to {installed.latestVersion ?? 'latest'}
            </button>
          ) : null}
          <Link to="/marketplace/installed" className="button button--text">
            Manage
          </Link>
        </>
      ) : (
        <button
          type="button"
          className="button button--filled"
          onClick={() => void installPlugin()}
          disabled={actions.install.isPending || validation?.ok === false}
        >
          <Icon name="download" /> {actions.install.isPending ? 'Installing…' : 'Install'}
        </button>
      )}
      {plugin.isMine ? (
        <Link
          to={`/marketplace/plugins/${encodeURIComponent(plugin.id)}/edit`}
          className="button button--tonal"
        >
          <Icon name="edit" /> Edit
        </Link>
      ) : null}
    </div>
  );
}
