import { Link, useParams } from 'react-router';
import {
  useCommunityPlugins,
  useInstalledPlugins,
  useInstallPlugin,
  usePreviewPlugin,
  useTogglePlugin,
  useUpdateInstalledPlugin,
} from '../api-client';
import { parseDocumentCached } from '../renderer';
import { AccessSummary } from './AccessSummary';
import { DeclaredJobs } from './DeclaredJobs';
import { formatDownloads, slotLabel, type InstalledCatalogPlugin } from './catalog';
import { errorText } from './errorText';
import { PluginAvatar } from './PluginAvatar';
import { PluginBadges } from './PluginBadges';
import { PluginPreview } from './PluginPreview';
import { ValidationReport } from './ValidationReport';
import { Icon, Skeleton, StatusMessage, usePageTitle, useToast } from '../ui';

interface DetailPlugin extends InstalledCatalogPlugin {
  download_url?: string;
  latestVersion?: string | null;
}

function formatDay(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** One plugin: metadata, live preview with sample data, validation report and access summary, install. */
export function PluginDetailPage() {
  const { id = '' } = useParams();
  const community = useCommunityPlugins();
  const installedList = useInstalledPlugins();
  const install = useInstallPlugin();
  const toggle = useTogglePlugin();
  const updateInstalled = useUpdateInstalledPlugin();
  const notify = useToast();

  const catalogPlugin = (community.data as DetailPlugin[] | undefined)?.find((plugin) => plugin.id === id);
  const installed =
    (installedList.data as DetailPlugin[] | undefined)?.find((plugin) => plugin.id === id) ?? null;
  const plugin: DetailPlugin | undefined = catalogPlugin ?? installed ?? undefined;
  usePageTitle(plugin ? plugin.name : 'Plugin');

  // Catalog entries normally carry their document; one that only names a file is previewed from it.
  const needsRemote = Boolean(plugin && plugin.ui === undefined && plugin.download_url);
  const remote = usePreviewPlugin(needsRemote ? plugin?.download_url : null);
  const ui = plugin?.ui ?? remote.data?.ui;

  // Cached per document object (the preview parses the same one), without a manual memo to keep in sync.
  const validation = ui === undefined ? null : parseDocumentCached(ui, { mode: 'strict' });

  if (community.isPending || (installedList.isPending && !catalogPlugin)) {
    return (
      <div className="card">
        <Skeleton lines={6} label="Loading the plugin" />
      </div>
    );
  }
  if (!plugin) {
    return (
      <StatusMessage
        tone={community.isError ? 'error' : 'neutral'}
        icon={community.isError ? 'error' : 'search'}
        title={
          community.isError
            ? 'The marketplace could not be loaded.'
            : 'This plugin is not in the marketplace.'
        }
        action={
          community.isError ? (
            <button type="button" className="button button--tonal" onClick={() => community.refetch()}>
              <Icon name="refresh" /> Retry
            </button>
          ) : (
            <Link to="/marketplace" className="button button--tonal">
              Back to the marketplace
            </Link>
          )
        }
      >
        {community.isError ? errorText(community.error) : 'It may have been deleted by its author.'}
      </StatusMessage>
    );
  }

  const installPlugin = () => {
    install.mutate(
      {
        id: plugin.id,
        name: plugin.name,
        author: plugin.author ?? undefined,
        version: plugin.version ?? undefined,
        download_url: plugin.download_url,
        isOfficial: plugin.isOfficial ?? undefined,
      },
      {
        onSuccess: () =>
          notify(
            `Installed “${plugin.name}”. It now shows in the ${slotLabel(plugin.slot).toLowerCase()} slot.`,
            { tone: 'success' },
          ),
        onError: (error) => notify(errorText(error), { tone: 'error' }),
      },
    );
  };

  const hasUpdate = Boolean(installed?.hasUpdate);

  return (
    <article className="plugin-detail">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/marketplace">
          <Icon name="arrowBack" size={18} /> Marketplace
        </Link>
      </nav>
      <header className="plugin-detail__header">
        <PluginAvatar author={plugin.author} url={plugin.authorAvatar} size={56} />
        <div className="plugin-detail__title">
          <h1>{plugin.name}</h1>
          <p className="muted">
            by {plugin.author || 'unknown'} · version {plugin.version ?? '?'} · {slotLabel(plugin.slot)} slot
            · {formatDownloads(plugin.downloadCount)} download{plugin.downloadCount === 1 ? '' : 's'}
            {plugin.updatedAt ? ` · updated ${formatDay(plugin.updatedAt)}` : ''}
          </p>
          <PluginBadges
            isOfficial={plugin.isOfficial}
            isMine={plugin.isMine}
            isPublic={plugin.isPublic}
            installed={installed !== null}
            isActive={installed?.isActive}
            hasUpdate={hasUpdate}
          />
        </div>
        <div className="plugin-detail__actions">
          {installed ? (
            <>
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={installed.isActive !== false}
                  onChange={(event) => toggle.mutate({ pluginId: plugin.id, isActive: event.target.checked })}
                />
                <span className="switch__track" aria-hidden="true" />
                <span>{installed.isActive !== false ? 'Enabled' : 'Disabled'}</span>
              </label>
              {hasUpdate ? (
                <button
                  type="button"
                  className="button button--filled"
                  disabled={updateInstalled.isPending}
                  onClick={() =>
                    updateInstalled.mutate(plugin.id, {
                      onSuccess: () => notify(`Updated “${plugin.name}”.`, { tone: 'success' }),
                      onError: (error) => notify(errorText(error), { tone: 'error' }),
                    })
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
              onClick={installPlugin}
              disabled={install.isPending || validation?.ok === false}
            >
              <Icon name="download" /> {install.isPending ? 'Installing…' : 'Install'}
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
      </header>
      {install.isError ? (
        <p className="form-error" role="alert">
          {errorText(install.error)}
        </p>
      ) : null}
      <p className="plugin-detail__description">{plugin.description || 'No description.'}</p>

      <div className="plugin-detail__body">
        <section className="card plugin-detail__preview" aria-labelledby="preview-title">
          <h2 id="preview-title">
            <Icon name="visibility" /> Preview with sample data
          </h2>
          {ui === undefined ? (
            remote.isPending && needsRemote ? (
              <Skeleton lines={4} label="Loading the preview" />
            ) : (
              <StatusMessage icon="warning" title="This plugin has no UI to preview." />
            )
          ) : (
            <PluginPreview ui={ui} slot={plugin.slot} plugin={{ id: plugin.id, version: plugin.version }} />
          )}
        </section>
        <aside className="plugin-detail__side">
          <div className="card">
            <AccessSummary ui={ui} />
            <DeclaredJobs plugin={plugin} />
          </div>
          <div className="card">
            <h2>Validation</h2>
            {validation ? (
              <ValidationReport issues={validation.issues} />
            ) : (
              <p className="muted">Nothing to validate.</p>
            )}
          </div>
        </aside>
      </div>
    </article>
  );
}
