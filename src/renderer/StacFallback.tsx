/**
 * The compact, visible stand-in for a node that could not render, shown in preview mode only. It says what
 * is wrong in one line and carries the JSON path, so an author can find the node in the document.
 */
import type { CSSProperties } from 'react';
import type { StacFallbackProps } from './view/StacViews';

const fallbackStyle: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 4,
  maxWidth: '100%',
  boxSizing: 'border-box',
  padding: '2px 6px',
  border: '1px dashed var(--stac-color-error, #b3261e)',
  borderRadius: 4,
  color: 'var(--stac-color-error, #b3261e)',
  background: 'var(--stac-color-errorContainer, #f9dedc)',
  font: '12px/1.4 system-ui, sans-serif',
  overflowWrap: 'anywhere',
};

export function StacFallback({ problem }: StacFallbackProps) {
  return (
    <span
      role="note"
      data-stac-fallback={problem.code}
      data-stac-path={problem.path}
      title={`${problem.path}: ${problem.message}`}
      style={fallbackStyle}
    >
      <span aria-hidden="true">⚠</span>
      <span>{problem.message}</span>
    </span>
  );
}
