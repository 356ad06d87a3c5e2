import {
  createContext,
  useCallback,
  useContext,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useFocusTrap } from '../renderer/pageKit';

export interface ConfirmRequest {
  title?: string;
  message: string;
  confirmLabel?: string;
  cancelLabel?: string;
  tone?: 'default' | 'danger';
  /** Lists shown under the message, each with a heading (e.g. the permissions a plugin asks for). */
  groups?: { title: string; items: string[] }[];
  /** An optional checkbox offered with the question (e.g. "also delete from GitHub"). */
  option?: { label: string; initial?: boolean };
}

export interface ConfirmResult {
  confirmed: boolean;
  option: boolean;
}

export type ConfirmFunction = (request: ConfirmRequest | string) => Promise<ConfirmResult>;

const ConfirmContext = createContext<ConfirmFunction | null>(null);

interface PendingConfirm {
  request: ConfirmRequest;
  resolve: (result: ConfirmResult) => void;
}

/** One modal question at a time, answered with the keyboard or the mouse. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<PendingConfirm | null>(null);

  const confirm = useCallback<ConfirmFunction>((input) => {
    const request = typeof input === 'string' ? { message: input } : input;
    return new Promise<ConfirmResult>((resolve) => {
      setPending((previous) => {
        previous?.resolve({ confirmed: false, option: false });
        return { request, resolve };
      });
    });
  }, []);

  const close = useCallback(
    (result: ConfirmResult) => {
      pending?.resolve(result);
      setPending(null);
    },
    [pending],
  );

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {pending ? <ConfirmDialog request={pending.request} onClose={close} /> : null}
    </ConfirmContext.Provider>
  );
}

function ConfirmDialog({
  request,
  onClose,
}: {
  request: ConfirmRequest;
  onClose: (result: ConfirmResult) => void;
}) {
  const titleId = useId();
  const messageId = useId();
  const [option, setOption] = useState(request.option?.initial ?? false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  // Destructive questions start on "Cancel" so that Enter never deletes by accident.
  useFocusTrap(dialogRef, cancelRef);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose({ confirmed: false, option });
  };

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose({ confirmed: false, option })}
    >
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        className="modal"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal__title">
          {request.title ?? 'Please confirm'}
        </h2>
        <p id={messageId} className="modal__message">
          {request.message}
        </p>
        {request.groups?.map((group) => (
          <section key={group.title} className="modal__group">
            <h3 className="modal__group-title">{group.title}</h3>
            <ul aria-label={group.title}>
              {group.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
        {request.option ? (
          <label className="checkbox-field">
            <input type="checkbox" checked={option} onChange={(event) => setOption(event.target.checked)} />
            <span>{request.option.label}</span>
          </label>
        ) : null}
        <div className="modal__actions">
          <button
            ref={cancelRef}
            type="button"
            className="button button--text"
            onClick={() => onClose({ confirmed: false, option })}
          >
            {request.cancelLabel ?? 'Cancel'}
          </button>
          <button
            type="button"
            className={request.tone === 'danger' ? 'button button--danger' : 'button button--filled'}
            onClick={() => onClose({ confirmed: true, option })}
          >
            {request.confirmLabel ?? 'OK'}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Asks the user; outside a provider falls back to `window.confirm`. */
export function useConfirm(): ConfirmFunction {
  const confirm = useContext(ConfirmContext);
  return confirm ?? fallbackConfirm;
}

const fallbackConfirm: ConfirmFunction = async (input) => {
  const request = typeof input === 'string' ? { message: input } : input;
  const confirmed =
    typeof window !== 'undefined' && typeof window.confirm === 'function'
      ? window.confirm(request.message)
      : false;
  return { confirmed, option: false };
};
