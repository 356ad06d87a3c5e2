/** The default panel of a document that cannot render at all (not JSON, not a widget, over a limit). */
import type { CSSProperties } from 'react';
import type { StacDocumentErrorProps } from './StacViews';
import { problemKey } from './problemReports';

const panelStyle: CSSProperties = {
  padding: '8px 12px',
  border: '1px solid var(--stac-color-error, #b3261e)',
  borderRadius: 6,
  color: 'var(--stac-color-onErrorContainer, #410e0b)',
  background: 'var(--stac-color-errorContainer, #f9dedc)',
  font: '13px/1.4 system-ui, sans-serif',
};

const MAX_LISTED_ISSUES = 5;

export function StacDocumentError({ problems }: StacDocumentErrorProps) {
  return (
    <div role="alert" data-stac-document-error="" style={panelStyle}>
      <strong>This plugin view cannot be shown.</strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
        {problems.slice(0, MAX_LISTED_ISSUES).map((problem) => (
          <li key={problemKey(problem)}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > MAX_LISTED_ISSUES ? <div>and {problems.length - MAX_LISTED_ISSUES} more</div> : null}
    </div>
  );
}
