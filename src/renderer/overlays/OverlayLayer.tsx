import { useEffect, type CSSProperties } from 'react';
import { ModalFrame } from './ModalFrame';
import { OverlayWidget } from './OverlayWidget';
import { SnackBarView } from './SnackBarView';
import { buttonStyle } from './ConfirmContent';
import type { OverlayStack, OverlayState } from './overlayStack';

const backBarStyle: CSSProperties = { display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0' };

/**
 * What a view's overlays draw beside its document: the top in-place page with its Back control, the open
 * dialogs and sheets, and the snack bar region. Mounted when the view opens its first overlay (a view that
 * never does pays for none of it) and kept from then on, so the snack bar region stays in the page.
 */
export function OverlayLayer({ state, stack }: { state: OverlayState; stack: OverlayStack }) {
  // Actions awaiting a dialog of a view (or document) that went away end instead of waiting forever.
  useEffect(() => () => stack.endWaitingDialogs(), [stack]);
  const { dialogs, pages, snackBars } = state;
  const topPage = pages[pages.length - 1];
  const covered = dialogs.length > 0;
  return (
    <>
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
    </>
  );
}

function bringsOwnSurface(widget: unknown): boolean {
  return (
    typeof widget === 'object' && widget !== null && (widget as { type?: unknown }).type === 'alertDialog'
  );
}
