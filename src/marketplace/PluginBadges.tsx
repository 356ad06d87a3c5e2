import { Icon } from '../ui';

export interface PluginBadgesProps {
  isOfficial?: boolean | null;
  isMine?: boolean | null;
  installed?: boolean;
  isActive?: boolean | null;
  hasUpdate?: boolean;
  isPublic?: boolean | null;
}

/** Status chips of a plugin; each carries text, never colour alone. */
export function PluginBadges({
  isOfficial,
  isMine,
  installed,
  isActive,
  hasUpdate,
  isPublic,
}: PluginBadgesProps) {
  return (
    <ul className="badge-list" aria-label="Status">
      {isOfficial ? (
        <li className="badge badge--official">
          <Icon name="verified" size={14} /> Official
        </li>
      ) : null}
      {isMine ? <li className="badge badge--mine">Mine</li> : null}
      {isMine && isPublic === false ? <li className="badge">Private</li> : null}
      {installed ? (
        // A switched-off install is neutral grey: green would read as "working".
        <li className={isActive === false ? 'badge' : 'badge badge--installed'}>
          <Icon name="checkCircle" size={14} /> {isActive === false ? 'Installed (off)' : 'Installed'}
        </li>
      ) : null}
      {hasUpdate ? (
        <li className="badge badge--update">
          <Icon name="update" size={14} /> Update available
        </li>
      ) : null}
    </ul>
  );
}
