import type { StacIssue } from '../stac-schema';
import { Icon } from '../ui';

export interface ValidationReportProps {
  issues: readonly StacIssue[];
  /** When given, each issue is a button that moves the editor to its path. */
  onSelectIssue?(issue: StacIssue): void;
  title?: string;
  /** Cap on listed issues; the rest are counted. */
  maxIssues?: number;
}

/** Validation issues with their JSON paths, errors first. */
export function ValidationReport({
  issues,
  onSelectIssue,
  title = 'Validation',
  maxIssues = 50,
}: ValidationReportProps) {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity !== 'error');
  const sorted = [...errors, ...warnings];
  const shown = sorted.slice(0, maxIssues);
  const summary =
    issues.length === 0
      ? 'No problems found.'
      : `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;

  return (
    <section className="validation-report" aria-label={title}>
      <p className={`validation-report__summary ${errors.length ? 'is-error' : 'is-ok'}`} role="status">
        <Icon name={errors.length ? 'error' : warnings.length ? 'warning' : 'checkCircle'} />
        <span>{summary}</span>
      </p>
      {shown.length > 0 ? (
        <ul className="issue-list">
          {shown.map((issue, index) => {
            const body = (
              <>
                <span className={`issue__severity issue__severity--${issue.severity}`}>{issue.severity}</span>
                <code className="issue__path">{issue.path}</code>
                <span className="issue__message">{issue.message}</span>
                {issue.hint ? <span className="issue__hint">{issue.hint}</span> : null}
                {onSelectIssue ? (
                  <span className="visually-hidden"> (go to this place in the editor)</span>
                ) : null}
              </>
            );
            return (
              <li key={`${issue.path}:${issue.code}:${index}`} className="issue" data-code={issue.code}>
                {onSelectIssue ? (
                  <button type="button" className="issue__button" onClick={() => onSelectIssue(issue)}>
                    {body}
                  </button>
                ) : (
                  <div className="issue__button">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {sorted.length > shown.length ? (
        <p className="muted">and {sorted.length - shown.length} more…</p>
      ) : null}
    </section>
  );
}
