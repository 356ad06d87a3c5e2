import type { CatalogFolderRefusal } from '../api-client';

/**
 * The plugin files a folder scan refused, each with the reason and every issue where it sits in the file
 * (a JSON path), so that an administrator can fix the file without reading the server's log.
 */
export function CatalogFolderRefusals({ refused }: { refused: readonly CatalogFolderRefusal[] }) {
  if (refused.length === 0)
    return <p className="muted">Nothing refused: every plugin file was registered.</p>;
  return (
    <ul className="folder-refusals" aria-label="Refused plugin files">
      {refused.map((refusal) => (
        <li key={refusal.path}>
          <article className="folder-refusal" aria-label={refusal.path}>
            <p className="folder-refusal__path">
              <code>{refusal.path}</code>
              {refusal.id ? <span className="muted"> · id “{refusal.id}”</span> : null}
            </p>
            <p>
              <span className="folder-refusal__code">{refusal.code}</span> {refusal.message}
            </p>
            {refusal.issues.length > 0 ? (
              <ul className="folder-refusal__issues" aria-label={`Issues of ${refusal.path}`}>
                {refusal.issues.map((issue, index) => (
                  <li key={`${issue.path}-${index}`}>
                    <code>{issue.path || '(the whole file)'}</code>{' '}
                    <span className="muted">{issue.code}</span> {issue.message}
                    {issue.hint ? <span className="muted"> ({issue.hint})</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
