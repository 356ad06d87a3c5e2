import {
  useCatalogFolders,
  useRescanCatalogFolders,
  type CatalogFolderReport,
  errorCode,
  errorText,
} from '../api-client';
import { Icon, Skeleton, StatusMessage, usePageTitle } from '../ui';
import { CatalogFolderRefusals } from './CatalogFolderRefusals';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'not yet');

function FolderSummary({ report }: { report: CatalogFolderReport }) {
  return (
    <div className="card folder-summary">
      <ul aria-label="Watched folders">
        {report.dirs.map((dir) => (
          <li key={dir}>
            <code>{dir}</code>
          </li>
        ))}
      </ul>
      <p className="muted">
        {report.watching ? 'Watched for changes' : 'Not watched (scanned at start and on Rescan)'} · last scan{' '}
        {report.scannedAt ? <time dateTime={report.scannedAt}>{when(report.scannedAt)}</time> : 'not yet'} ·{' '}
        {report.registered.length} registered, {report.refused.length} refused
        {report.removed.length ? `, ${report.removed.length} removed (${report.removed.join(', ')})` : ''}
      </p>
      {report.error ? (
        <p role="alert" className="folder-summary__error">
          <Icon name="error" size={16} /> The last scan failed and the catalog kept its state: {report.error}
        </p>
      ) : null}
    </div>
  );
}

function RegisteredPlugins({ report }: { report: CatalogFolderReport }) {
  if (report.registered.length === 0)
    return <p className="muted">No plugin registered from these folders yet.</p>;
  return (
    <div className="card table-card">
      <table className="data-table">
        <caption className="visually-hidden">Registered plugins</caption>
        <thead>
          <tr>
            <th scope="col">Plugin</th>
            <th scope="col">Version</th>
            <th scope="col">Author</th>
            <th scope="col">File</th>
          </tr>
        </thead>
        <tbody>
          {report.registered.map((plugin) => (
            <tr key={plugin.id}>
              <th scope="row">
                {plugin.name} <span className="muted">({plugin.id})</span>
              </th>
              <td>{plugin.version}</td>
              <td>{plugin.author}</td>
              <td>
                <code>{plugin.path}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The administrators' view of the plugin folders (STAC_WEB_PLUGIN_DIRS): the folders, the plugins registered
 * from them and the files refused with every issue, and a rescan. The API refuses anyone else, and says so.
 */
export function CatalogFoldersPage() {
  usePageTitle('Plugin folders');
  const report = useCatalogFolders();
  const rescan = useRescanCatalogFolders();

  return (
    <section aria-labelledby="catalog-folders-title">
      <header className="page-header page-header--with-actions">
        <div>
          <h1 id="catalog-folders-title">Plugin folders</h1>
          <p className="muted">Plugins published by dropping files into the server's folders.</p>
        </div>
        {report.data?.configured ? (
          <button
            type="button"
            className="button button--tonal"
            disabled={rescan.isPending}
            onClick={() => rescan.mutate()}
          >
            <Icon name="refresh" /> {rescan.isPending ? 'Rescanning…' : 'Rescan'}
          </button>
        ) : null}
      </header>
      {rescan.isError ? (
        <p role="alert" className="folder-summary__error">
          The rescan failed: {errorText(rescan.error)}
        </p>
      ) : null}
      {report.isPending ? (
        <div className="card">
          <Skeleton lines={6} label="Loading the plugin folders" />
        </div>
      ) : report.isError ? (
        <StatusMessage
          tone="error"
          icon={errorCode(report.error) === 'PERMISSION_DENIED' ? 'shield' : 'error'}
          title={
            errorCode(report.error) === 'PERMISSION_DENIED'
              ? 'Only administrators see the plugin folders.'
              : 'The plugin folders could not be loaded.'
          }
          action={
            errorCode(report.error) === 'PERMISSION_DENIED' ? null : (
              <button type="button" className="button button--tonal" onClick={() => report.refetch()}>
                <Icon name="refresh" /> Retry
              </button>
            )
          }
        >
          {errorText(report.error)}
        </StatusMessage>
      ) : !report.data.configured ? (
        <StatusMessage icon="info" title="No plugin folders are configured.">
          {report.data.message ??
            'Set STAC_WEB_PLUGIN_DIRS to folders of plugins and restart the server; each sub-folder with a plugin.json becomes a catalog plugin.'}
        </StatusMessage>
      ) : (
        <>
          <FolderSummary report={report.data} />
          <h2>Registered ({report.data.registered.length})</h2>
          <RegisteredPlugins report={report.data} />
          <h2>Refused ({report.data.refused.length})</h2>
          <CatalogFolderRefusals refused={report.data.refused} />
        </>
      )}
    </section>
  );
}
