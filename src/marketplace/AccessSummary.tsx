import { useMemo } from 'react';
import { analyzePluginAccess, describeActions } from '../plugin-host';
import { Icon } from '../ui';

export interface AccessSummaryProps {
  ui: unknown;
}

const URL_KIND_LABEL = { loads: 'Loads', requests: 'Sends requests to', opens: 'Can open' } as const;

/**
 * What a plugin's view can see and do on the page, computed from its document, for the user to read before
 * installing. Work on the server (jobs, events, tools for assistants) is listed beside it from the manifest.
 */
export function AccessSummary({ ui }: AccessSummaryProps) {
  const report = useMemo(() => analyzePluginAccess(ui), [ui]);
  const nothing =
    report.reads.length === 0 &&
    report.ownValues.length === 0 &&
    report.actions.length === 0 &&
    report.urls.length === 0 &&
    report.routes.length === 0;
  return (
    <section className="access-summary" aria-labelledby="access-summary-title">
      <h2 id="access-summary-title">
        <Icon name="shield" /> What it can access
      </h2>
      {nothing ? (
        <p className="muted">
          On the page, this plugin reads no app data, triggers no actions and loads nothing from outside.
        </p>
      ) : null}
      {report.reads.length > 0 ? (
        <div className="access-summary__group">
          <h3>Reads your data</h3>
          <ul className="code-list" aria-label="Data it reads">
            {report.reads.map((read) => (
              <li key={read}>
                <code>{read}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.ownValues.length > 0 ? (
        <div className="access-summary__group">
          <h3>Keeps values of its own</h3>
          <ul className="code-list" aria-label="Values it keeps">
            {report.ownValues.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.actions.length > 0 ? (
        <div className="access-summary__group">
          <h3>Can trigger</h3>
          <ul aria-label="Actions it can trigger">
            {describeActions(report.actions).map((description) => (
              <li key={description}>{description}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.routes.length > 0 ? (
        <div className="access-summary__group">
          <h3>Pages it can open</h3>
          <ul className="code-list">
            {report.routes.map((route) => (
              <li key={route}>
                <code>{route}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.urls.length > 0 ? (
        <div className="access-summary__group">
          <h3>External addresses</h3>
          <ul aria-label="External addresses">
            {report.urls.map((url) => (
              <li key={`${url.kind}:${url.url}`}>
                {URL_KIND_LABEL[url.kind]} <code className="break-all">{url.url}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.truncated ? (
        <p className="muted">The document is very large; only its first part was analysed.</p>
      ) : null}
    </section>
  );
}
