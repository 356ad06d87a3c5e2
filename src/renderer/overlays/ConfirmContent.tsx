import type { CSSProperties } from 'react';

export const buttonStyle: CSSProperties = {
  border: '1px solid var(--stac-color-outline, #79747e)',
  borderRadius: 20,
  background: 'transparent',
  color: 'var(--stac-color-primary, #6750a4)',
  font: 'inherit',
  padding: '6px 16px',
  cursor: 'pointer',
};

/** The built-in confirm dialog, used when the host gave no `confirm` service. */
export function ConfirmContent({ message, onAnswer }: { message: string; onAnswer(answer: boolean): void }) {
  return (
    <div>
      <p style={{ margin: '0 0 24px' }}>{message}</p>
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
        <button type="button" style={buttonStyle} onClick={() => onAnswer(false)}>
          Cancel
        </button>
        <button type="button" style={buttonStyle} onClick={() => onAnswer(true)}>
          OK
        </button>
      </div>
    </div>
  );
}
