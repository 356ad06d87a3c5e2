import { Link, useParams } from 'react-router';
import { useInstalledPlugins, errorText } from '../../api-client';
import { InstalledPluginView, usePluginSlotHost, type SlotPlugin } from '../../slots';
import { Icon, Skeleton, StatusMessage, usePageTitle } from '../../ui';

/**
 * `/plugins/:pluginId`: one installed plugin on a page of its own, titled with its name, as the Invenicum
 * app's route of the same path shows it (lib/core/routing/app_router.dart). Its scope is the one every
 * slot gets, `{{userName}}` included.
 */
export function PluginPage() {
  const { pluginId = '' } = useParams();
  const host = usePluginSlotHost();
  const installed = useInstalledPlugins({ enabled: !host.safeMode });
  const plugin = (installed.data as readonly SlotPlugin[] | undefined)?.find(
    (candidate) => candidate.id === pluginId,
  );
  usePageTitle(plugin?.name ?? 'Plugin');

  const back = (
    <Link to="/marketplace/installed" className="button button--tonal">
      Your installed plugins
    </Link>
  );

  let body;
  if (host.safeMode) {
    body = (
      <StatusMessage icon="shield" title="Safe mode is on." action={back}>
        Plugins are not shown until you leave safe mode.
      </StatusMessage>
    );
  } else if (installed.isPending) {
    body = (
      <div className="card">
        <Skeleton lines={6} label="Loading the plugin" />
      </div>
    );
  } else if (installed.isError) {
    body = (
      <StatusMessage
        tone="error"
        icon="error"
        title="Your plugins could not be loaded."
        action={
          <button type="button" className="button button--tonal" onClick={() => installed.refetch()}>
            <Icon name="refresh" /> Retry
          </button>
        }
      >
        {errorText(installed.error)}
      </StatusMessage>
    );
  } else if (!plugin) {
    body = (
      <StatusMessage icon="warning" title="This plugin is not installed." action={back}>
        Install it from the marketplace to open it here.
      </StatusMessage>
    );
  } else if (plugin.isActive === false) {
    body = (
      <StatusMessage icon="warning" title="This plugin is turned off." action={back}>
        Turn it on in your installed plugins to open it.
      </StatusMessage>
    );
  } else {
    body = <InstalledPluginView plugin={plugin} slot="page" />;
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>{plugin?.name ?? 'Plugin'}</h1>
      </header>
      {body}
    </div>
  );
}
