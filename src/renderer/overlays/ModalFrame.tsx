import {
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useFocusTrap } from './useFocusTrap';

export interface ModalFrameProps {
  kind: 'dialog' | 'bottomSheet';
  /** Accessible name; without it the first heading inside names the dialog. */
  label?: string;
  dismissible: boolean;
  /** Only the top modal takes keys and focus; the ones below it are inert. */
  active: boolean;
  /** The content brings its own surface (an `alertDialog` widget): no second background, padding or shadow. */
  bare?: boolean;
  onDismiss(): void;
  children: ReactNode;
}

const backdropStyle: CSSProperties = {
  position: 'fixed',
  inset: 0,
  zIndex: 1000,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  background: 'rgba(0, 0, 0, 0.32)',
};

const dialogStyle: CSSProperties = {
  maxWidth: 'min(560px, calc(100vw - 48px))',
  maxHeight: 'calc(100vh - 48px)',
  overflow: 'auto',
  minWidth: 280,
  borderRadius: 28,
  padding: 24,
  background: 'var(--stac-color-surfaceContainerHigh, #ece6f0)',
  color: 'var(--stac-color-onSurface, #1d1b20)',
  boxShadow: '0 8px 24px rgba(0, 0, 0, 0.24)',
  outline: 'none',
};

const bareDialogStyle: CSSProperties = {
  maxWidth: 'calc(100vw - 48px)',
  maxHeight: 'calc(100vh - 48px)',
  overflow: 'auto',
  outline: 'none',
};

const sheetStyle: CSSProperties = {
  ...dialogStyle,
  alignSelf: 'flex-end',
  width: '100%',
  maxWidth: 640,
  maxHeight: '80vh',
  borderRadius: '28px 28px 0 0',
};

/**
 * The modal shell of dialogs and bottom sheets: `role="dialog"` + `aria-modal`, named, focus moved in on open,
 * trapped while open (useFocusTrap) and given back on close, Escape and the backdrop close it when it is dismissible.
 */
export function ModalFrame({
  kind,
  label,
  dismissible,
  active,
  bare = false,
  onDismiss,
  children,
}: ModalFrameProps) {
  const panel = useRef<HTMLDivElement>(null);
  const generatedId = useId();
  const [headingId, setHeadingId] = useState<string | null>(null);

  useFocusTrap(panel);

  useEffect(() => {
    if (label !== undefined || !panel.current) return;
    // An alertDialog widget names itself by its title; the modal takes the same name.
    const titled = panel.current.querySelector<HTMLElement>('[role="alertdialog"][aria-labelledby]');
    const titleId = titled?.getAttribute('aria-labelledby');
    if (titleId) {
      setHeadingId(titleId);
      return;
    }
    const heading = panel.current.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]');
    if (!heading) return;
    if (heading.id === '') heading.id = `${generatedId}-title`;
    setHeadingId(heading.id);
  }, [label, generatedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!active || event.key !== 'Escape') return;
    event.stopPropagation();
    if (dismissible) onDismiss();
  };

  const fallbackName = kind === 'dialog' ? 'Dialog' : 'Bottom sheet';
  return (
    <div
      style={backdropStyle}
      data-stac-overlay={kind}
      inert={!active}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget && active && dismissible) onDismiss();
      }}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-label={label ?? (headingId ? undefined : fallbackName)}
        aria-labelledby={label === undefined && headingId ? headingId : undefined}
        tabIndex={-1}
        style={bare && kind === 'dialog' ? bareDialogStyle : kind === 'dialog' ? dialogStyle : sheetStyle}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
