/** Preview-mode notices for actions that failed, so an author sees why a button did nothing. */
import type { CSSProperties } from 'react';
import type { StacActionNoticesProps } from './StacViews';

const listStyle: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: 4,
  marginTop: 8,
  font: '12px/1.4 system-ui, sans-serif',
};

const noticeStyle: CSSProperties = {
  display: 'flex',
  gap: 8,
  alignItems: 'center',
  padding: '4px 8px',
  borderRadius: 4,
  color: 'var(--stac-color-onErrorContainer, #410e0b)',
  background: 'var(--stac-color-errorContainer, #f9dedc)',
};

export function StacActionNotices({ notices, onDismiss }: StacActionNoticesProps) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label="Action problems"
      data-stac-action-notices=""
      style={listStyle}
    >
      {notices.map((notice) => (
        <div key={notice.id} style={noticeStyle}>
          <span style={{ flex: 1 }}>Action failed: {notice.message}</span>
          <button type="button" onClick={() => onDismiss(notice.id)} aria-label="Dismiss action notice">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
