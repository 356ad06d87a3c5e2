import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useCommunityPlugins, useInstalledPlugins, usePreviewPlugin } from '../api-client';
import { describePermission, resolveSettingValues } from '../plugin-host';
import { parseStacDocument, readPluginManifest } from '../stac-schema';
import { AccessSummary } from './AccessSummary';
import { DeclaredJobs } from './DeclaredJobs';
import { DeclaredMcp } from './DeclaredMcp';
import { formatDownloads, slotLabel, type InstalledCatalogPlugin } from './catalog';
import { errorText } from './errorText';
import { PluginAvatar } from './PluginAvatar';
import { PluginBadges } from './PluginBadges';
import { PluginPreview } from './PluginPreview';
import { installedStatus, type ManifestRecord } from './pluginManifestInfo';
import { useManifestActions } from './useManifestActions';
import { ValidationReport } from './ValidationReport';
import { Icon, Skeleton, StatusMessage, usePageTitle, useToast } from '../ui';

interface DetailPlugin extends InstalledCatalogPlugin, ManifestRecord {
  download_url?: string;
  latestVersion?: string | null;
  updatePermissions?: string[];
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
  const actions = useManifestActions();
  const { install, toggle, updateInstalled } = actions;
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
  // Every surface of the plugin: one `slot` + `ui`, or each document of a composite plugin's `surfaces`.
  const manifest = useMemo(
    () => (plugin ? readPluginManifest({ ...plugin, ...(ui === undefined ? {} : { ui }) }).manifest : null),
    [plugin, ui],
  );
  const surfaces = useMemo(() => manifest?.surfaces ?? [], [manifest]);
  // One summary of what every surface reads and does (the surfaces side by side, for the analysis only).
  const accessDocument = useMemo(
    () => (surfaces.length === 1 ? surfaces[0]!.ui : { type: 'column', children: surfaces.map((s) => s.ui) }),
    [surfaces],
  );
  // Previews show what a new install shows: the declared defaults of its settings.
  const defaults = useMemo(() => resolveSettingValues(manifest?.settings ?? [], {}), [manifest]);

  const validation = useMemo(() => {
    if (surfaces.length === 0) return null;
    const issues = surfaces.flatMap(
      (surface) =>
        parseStacDocument(surface.ui, {
          mode: 'strict',
          rootPath: manifest?.composite ? `surfaces.${surface.slot}` : 'ui',
        }).issues,
    );
    return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
  }, [surfaces, manifest]);

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

  const allInstalled = (installedList.data ?? []) as DetailPlugin[];
  const where = surfaces.map((surface) => slotLabel(surface.slot).toLowerCase()).join(' and ');

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
        { catalog: (community.data ?? []) as DetailPlugin[], installed: allInstalled },
      );
      const blocked = done?.startupFailures?.[0];
      if (blocked)
        notify(
          `Installed “${plugin.name}”, but it stays off: ${blocked.title}${blocked.details ? `. ${blocked.details}` : ''}`,
          { tone: 'error' },
        );
      else if (done)
        notify(
          `Installed “${plugin.name}”. It now shows in the ${where || 'its'} slot${surfaces.length > 1 ? 's' : ''}.`,
          {
            tone: 'success',
          },
        );
    } catch (error) {
      notify(errorText(error), { tone: 'error' });
    }
  };

  const dependents = installed ? installedStatus(installed, allInstalled).dependents : [];
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
            by {plugin.author || 'unknown'} · version {plugin.version ?? '?'} ·{' '}
            {surfaces.length > 1
              ? `${surfaces.map((surface) => slotLabel(surface.slot)).join(' and ')} slots`
              : `${slotLabel(plugin.slot)} slot`}{' '}
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
                  disabled={toggle.isPending}
                  onChange={(event) =>
                    void actions
                      .setActive(plugin, event.target.checked, dependents)
                      .catch((error: unknown) => notify(errorText(error), { tone: 'error' }))
                  }
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
          {surfaces.length === 0 ? (
            remote.isPending && needsRemote ? (
              <Skeleton lines={4} label="Loading the preview" />
            ) : (
              <StatusMessage icon="warning" title="This plugin has no UI to preview." />
            )
          ) : (
            <div className="plugin-detail__surfaces">
              {surfaces.map((surface) => (
                <PluginPreview
                  key={surface.slot}
                  ui={surface.ui}
                  slot={surface.slot}
                  plugin={{ id: plugin.id, version: plugin.version }}
                  settings={defaults}
                  caption={surfaces.length > 1 ? `${slotLabel(surface.slot)} slot` : undefined}
                  label={surfaces.length > 1 ? `Live preview: ${slotLabel(surface.slot)}` : undefined}
                />
              ))}
            </div>
          )}
        </section>
        <aside className="plugin-detail__side">
          {manifest ? <ManifestSummary manifest={manifest} /> : null}
          <div className="card">
            <AccessSummary ui={accessDocument} />
            <DeclaredJobs plugin={plugin} />
            <DeclaredMcp plugin={plugin} />
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

/** What the manifest declares, in words: the permissions it asks for, the plugins it needs, its settings. */
function ManifestSummary({
  manifest,
}: {
  manifest: NonNullable<ReturnType<typeof readPluginManifest>['manifest']>;
}) {
  const permissions = manifest.permissions;
  return (
    <div className="card manifest-summary">
      <h2>
        <Icon name="shield" /> Permissions
      </h2>
      {permissions === undefined ? (
        <p className="muted">It declares none: it reads the asset and your name, as plugins always could.</p>
      ) : permissions.length === 0 ? (
        <p className="muted">It asks for no permissions.</p>
      ) : (
        <ul aria-label="Permissions it asks for">
          {permissions.map((permission) => (
            <li key={permission}>
              {describePermission(permission).title} <code>{permission}</code>
            </li>
          ))}
        </ul>
      )}
      {manifest.dependencies.length > 0 ? (
        <>
          <h3>Needs</h3>
          <ul aria-label="Plugins it needs">
            {manifest.dependencies.map((dependency) => (
              <li key={dependency.id}>
                <code>{dependency.id}</code> {dependency.range === '*' ? '' : dependency.range}
                {dependency.optional ? ' (optional)' : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {manifest.settings.length > 0 ? (
        <p className="muted">
          {manifest.settings.length} setting{manifest.settings.length === 1 ? '' : 's'} to fill in after
          installing.
        </p>
      ) : null}
    </div>
  );
}
