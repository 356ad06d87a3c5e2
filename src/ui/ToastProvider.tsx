import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { StacNoticeOutletContext } from '../renderer/pageKit';
import { Icon } from './Icon';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  /** Who says it, e.g. the plugin's name; shown above the message. */
  source?: string;
}

export type NotifyFunction = (
  message: string,
  options?: { tone?: ToastTone; durationMs?: number; source?: string },
) => void;

const ToastContext = createContext<NotifyFunction | null>(null);

/**
 * Short messages in a polite live region (errors are assertive), dismissed after a few seconds. All the
 * page's notices share one stack at the bottom: these toasts and, through StacNoticeOutletContext, the
 * snack bars of every plugin view (one per plugin at a time), so none is ever drawn over another.
 */
export function ToastProvider({
  children,
  defaultDurationMs = 5000,
}: {
  children: ReactNode;
  defaultDurationMs?: number;
}) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const notify = useCallback<NotifyFunction>(
    (message, options) => {
      const id = nextId.current++;
      const tone = options?.tone ?? 'info';
      // Keep the queue short: a plugin firing in a loop must not bury the page.
      const source = options?.source?.slice(0, 80);
      setToasts((current) => [
        ...current.slice(-3),
        { id, message: String(message).slice(0, 500), tone, ...(source ? { source } : {}) },
      ]);
      window.setTimeout(() => dismiss(id), options?.durationMs ?? defaultDurationMs);
    },
    [defaultDurationMs, dismiss],
  );

  const value = useMemo(() => notify, [notify]);
  const [outlet, setOutlet] = useState<HTMLElement | null>(null);

  return (
    <ToastContext.Provider value={value}>
      <StacNoticeOutletContext.Provider value={outlet}>{children}</StacNoticeOutletContext.Provider>
      <div className="toast-region" role="region" aria-label="Notifications">
        <div ref={setOutlet} role="status" aria-live="polite" className="toast-stack" data-notice-outlet="" />
        <div role="status" aria-live="polite" className="toast-stack">
          {toasts
            .filter((toast) => toast.tone !== 'error')
            .map((toast) => (
              <ToastView key={toast.id} toast={toast} onDismiss={dismiss} />
            ))}
        </div>
        <div role="alert" aria-live="assertive" className="toast-stack">
          {toasts
            .filter((toast) => toast.tone === 'error')
            .map((toast) => (
              <ToastView key={toast.id} toast={toast} onDismiss={dismiss} />
            ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const icon = toast.tone === 'error' ? 'error' : toast.tone === 'success' ? 'checkCircle' : 'info';
  return (
    <div className={`toast toast--${toast.tone}`}>
      <Icon name={icon} />
      <span className="toast__message">
        {toast.source ? <span className="toast__source">{toast.source}</span> : null}
        {toast.message}
      </span>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(toast.id)}
      >
        <Icon name="close" size={18} />
      </button>
    </div>
  );
}

/** The app's toast function. Outside a provider it falls back to the console, so embeds never crash. */
export function useToast(): NotifyFunction {
  const notify = useContext(ToastContext);
  return notify ?? fallbackNotify;
}

const fallbackNotify: NotifyFunction = (message) => {
  console.info(message);
};
