import { Link, useParams } from 'react-router';
import { Icon, Skeleton, StatusMessage, usePageTitle } from '../ui';
import { AccessSummary } from './AccessSummary';
import { formatDownloads, slotLabel } from './catalog';
import { DeclaredJobs } from './DeclaredJobs';
import { DeclaredMcp } from './DeclaredMcp';
import { errorText } from '../api-client';
import { ManifestSummary } from './ManifestSummary';
import { PluginAvatar } from './PluginAvatar';
import { PluginBadges } from './PluginBadges';
import { PluginDetailActions } from './PluginDetailActions';
import { PluginPreview } from './PluginPreview';
import { useManifestActions } from './useManifestActions';
import { usePluginDetail, type DetailPlugin, type PluginDetail } from './usePluginDetail';
import { ValidationReport } from './ValidationReport';

function formatDay(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** One plugin: metadata, live preview with sample data, validation report and access summary, install. */
export function PluginDetailPage() {
  const { id = '' } = useParams();
  const detail = usePluginDetail(id);
  const actions = useManifestActions();
  const { community, plugin, installed, surfaces, manifest, validation } = detail;
  usePageTitle(plugin ? plugin.name : 'Plugin');

  if (community.isPending || (detail.installedList.isPending && !detail.catalogPlugin)) {
    return (
      <div className="card">
        <Skeleton lines={6} label="Loading the plugin" />
      </div>
    );
  }
  if (!plugin) return <PluginNotFound community={community} />;

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
          <p className="muted">{pluginFacts(plugin, surfaces)}</p>
          <PluginBadges
            isOfficial={plugin.isOfficial}
            isMine={plugin.isMine}
            isPublic={plugin.isPublic}
            installed={installed !== null}
            isActive={installed?.isActive}
            hasUpdate={Boolean(installed?.hasUpdate)}
          />
        </div>
        <PluginDetailActions detail={detail} actions={actions} />
      </header>
      {actions.install.isError ? (
        <p className="form-error" role="alert">
          {errorText(actions.install.error)}
        </p>
      ) : null}
      <p className="plugin-detail__description">{plugin.description || 'No description.'}</p>

      <div className="plugin-detail__body">
        <SurfacesPreview detail={detail} plugin={plugin} />
        <aside className="plugin-detail__side">
          {manifest ? <ManifestSummary manifest={manifest} /> : null}
          <div className="card">
            <AccessSummary ui={detail.accessDocument} />
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

/** "by Ann · version 1.2.0 · Asset detail slot · 3 downloads · updated 4 Dec 2026" */
function pluginFacts(plugin: DetailPlugin, surfaces: PluginDetail['surfaces']): string {
  const slots =
    surfaces.length > 1
      ? `${surfaces.map((surface) => slotLabel(surface.slot)).join(' and ')} slots`
      : `${slotLabel(plugin.slot)} slot`;
  const downloads = `${formatDownloads(plugin.downloadCount)} download${plugin.downloadCount === 1 ? '' : 's'}`;
  const updated = plugin.updatedAt ? ` · updated ${formatDay(plugin.updatedAt)}` : '';
  return `by ${plugin.author || 'unknown'} · version ${plugin.version ?? '?'} · ${slots} · ${downloads}${updated}`;
}

/** The plugin is not in the lists: the marketplace failed to load (retry), or the plugin is gone. */
function PluginNotFound({ community }: { community: PluginDetail['community'] }) {
  return (
    <StatusMessage
      tone={community.isError ? 'error' : 'neutral'}
      icon={community.isError ? 'error' : 'search'}
      title={
        community.isError ? 'The marketplace could not be loaded.' : 'This plugin is not in the marketplace.'
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

/** Every surface of the plugin rendered with sample data and the defaults of its settings. */
function SurfacesPreview({ detail, plugin }: { detail: PluginDetail; plugin: DetailPlugin }) {
  const { surfaces } = detail;
  return (
    <section className="card plugin-detail__preview" aria-labelledby="preview-title">
      <h2 id="preview-title">
        <Icon name="visibility" /> Preview with sample data
      </h2>
      {surfaces.length === 0 ? (
        detail.previewPending ? (
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
              settings={detail.defaults}
              caption={surfaces.length > 1 ? `${slotLabel(surface.slot)} slot` : undefined}
              label={surfaces.length > 1 ? `Live preview: ${slotLabel(surface.slot)}` : undefined}
            />
          ))}
        </div>
      )}
    </section>
  );
}
