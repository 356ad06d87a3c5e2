import type { ReactNode } from 'react';
import { Icon, type AppIconName } from './Icon';

export interface StatusMessageProps {
  icon?: AppIconName;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  tone?: 'neutral' | 'error';
}

/** Empty and error states: what happened, and what the user can do next. */
export function StatusMessage({
  icon = 'info',
  title,
  children,
  action,
  tone = 'neutral',
}: StatusMessageProps) {
  return (
    <div className={`status-message status-message--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <Icon name={icon} size={32} />
      <p className="status-message__title">{title}</p>
      {children ? <div className="status-message__body">{children}</div> : null}
      {action ? <div className="status-message__action">{action}</div> : null}
    </div>
  );
}
