import { Link } from 'react-router';
import { formatDownloads, slotLabel, type CatalogEntry } from './catalog';
import { PluginAvatar } from './PluginAvatar';
import { PluginBadges } from './PluginBadges';
import { Icon } from '../ui';

export interface PluginCardProps {
  entry: CatalogEntry;
  /** Where the card links to (the plugin's detail page). */
  href: string;
}

/** One plugin in the catalog grid; the whole card is one link to its detail page. */
export function PluginCard({ entry, href }: PluginCardProps) {
  const { plugin, installed, hasUpdate } = entry;
  return (
    <article className="plugin-card card" data-plugin-id={plugin.id}>
      <header className="plugin-card__header">
        <PluginAvatar author={plugin.author} url={plugin.authorAvatar} />
        <div className="plugin-card__title">
          <h3>
            <Link to={href} className="plugin-card__link">
              {plugin.name}
            </Link>
          </h3>
          <p className="muted">
            by {plugin.author || 'unknown'} · v{plugin.version ?? '?'}
          </p>
        </div>
      </header>
      <p className="plugin-card__description">{plugin.description || 'No description.'}</p>
      <PluginBadges
        isOfficial={plugin.isOfficial}
        isMine={plugin.isMine}
        isPublic={plugin.isPublic}
        installed={installed !== null}
        isActive={installed?.isActive}
        hasUpdate={hasUpdate}
      />
      <footer className="plugin-card__footer">
        <span className="chip">{slotLabel(plugin.slot)}</span>
        <span className="plugin-card__downloads" title={`${plugin.downloadCount ?? 0} downloads`}>
          <Icon name="download" size={16} />
          <span>
            {formatDownloads(plugin.downloadCount)}
            <span className="visually-hidden"> downloads</span>
          </span>
        </span>
      </footer>
    </article>
  );
}

export function PluginCardSkeleton() {
  return (
    <div className="plugin-card card plugin-card--skeleton" aria-hidden="true">
      <div className="plugin-card__header">
        <span className="avatar skeleton__block" />
        <div className="plugin-card__title">
          <div className="skeleton__line" style={{ width: '70%' }} />
          <div className="skeleton__line" style={{ width: '40%' }} />
        </div>
      </div>
      <div className="skeleton__line" />
      <div className="skeleton__line" style={{ width: '80%' }} />
    </div>
  );
}
