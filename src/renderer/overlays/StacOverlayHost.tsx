import { useMemo, type CSSProperties, type ReactNode } from 'react';
import type { HostServices } from '../../actions';
import { useLatest } from '../view/useLatest';
import { ModalFrame } from './ModalFrame';
import { OverlayWidget } from './OverlayWidget';
import { SnackBarView } from './SnackBarView';
import { buttonStyle } from './ConfirmContent';
import { createOverlayController } from './overlayController';
import { StacOverlayContext } from './StacOverlayContext';
import { useOverlayStack } from './useOverlayStack';

export interface StacOverlayHostProps {
  /**
   * The host's own services. Those given win (`openDialog`, `showSnackBar`, `notify`, `confirm`); `navigate`
   * is wrapped: widget pages and pops of open overlays are handled here, everything else goes to it.
   */
  services?: Partial<HostServices>;
  /** The document (or anything) that in-place pages replace while they are open. */
  children?: ReactNode;
}

const backBarStyle: CSSProperties = { display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0' };

/**
 * The UI side of plugin actions, inside a StacView: dialogs and bottom sheets (modal, focus-trapped), a
 * queue of snack bars (one at a time), and pages a `navigate` with `widgetJson` opens in place of the
 * document, with a Back control. Its services reach actions through `useStacOverlayServices()`.
 */
export function StacOverlayHost({ services, children }: StacOverlayHostProps) {
  const { state, stack } = useOverlayStack();
  const hostRef = useLatest(services);
  // Built once: every service reads the latest host services and the stack through refs.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const controller = useMemo(() => createOverlayController(stack, hostRef), []);

  const { dialogs, pages, snackBars } = state;
  const topPage = pages[pages.length - 1];
  const covered = dialogs.length > 0;

  return (
    <StacOverlayContext.Provider value={controller}>
      <div
        data-stac-overlay-content=""
        hidden={topPage !== undefined}
        inert={covered || topPage !== undefined}
        className="stac-overlay-content"
      >
        {children}
      </div>
      {topPage ? (
        <section key={topPage.id} aria-label="Plugin page" data-stac-page="" inert={covered}>
          <div style={backBarStyle}>
            <button type="button" style={buttonStyle} onClick={() => stack.popPage(false)}>
              ← Back
            </button>
          </div>
          <OverlayWidget
            widget={topPage.widgetJson}
            path={`page[${pages.length - 1}]`}
            store={topPage.origin.store}
          />
        </section>
      ) : null}
      {dialogs.map((dialog, index) => (
        <ModalFrame
          key={dialog.id}
          kind={dialog.request.kind}
          label={dialog.request.label}
          dismissible={dialog.request.dismissible ?? true}
          active={index === dialogs.length - 1}
          bare={dialog.element === undefined && bringsOwnSurface(dialog.request.widget)}
          onDismiss={() => stack.closeDialog(dialog.id)}
        >
          {dialog.element ?? (
            <OverlayWidget
              widget={dialog.request.widget}
              path={`${dialog.request.kind}[${index}].widget`}
              store={dialog.origin.store}
            />
          )}
        </ModalFrame>
      ))}
      <SnackBarView current={snackBars[0] ?? null} onDone={stack.finishSnackBar} />
    </StacOverlayContext.Provider>
  );
}

function bringsOwnSurface(widget: unknown): boolean {
  return (
    typeof widget === 'object' && widget !== null && (widget as { type?: unknown }).type === 'alertDialog'
  );
}
