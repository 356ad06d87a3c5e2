import { describePermission } from '../plugin-host';
import type { PluginManifest } from '../stac-schema';
import { Icon } from '../ui';

/** What the manifest declares, in words: the permissions it asks for, the plugins it needs, its settings. */
export function ManifestSummary({ manifest }: { manifest: PluginManifest }) {
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
