import { useContext, useEffect, useEffectEvent, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import type { SnackBarRequest } from '../../actions';
import { colorToCss } from '../values';
import { OverlayWidget } from './OverlayWidget';
import type { OverlayOrigin } from './StacOverlayContext';
import { StacNoticeOutletContext, noticeSourceOf } from './StacNoticeOutlet';

export const DEFAULT_SNACK_BAR_MS = 4000;

const barStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 12,
  minHeight: 48,
  padding: '6px 8px 6px 16px',
  borderRadius: 4,
  background: 'var(--stac-color-inverseSurface, #322f35)',
  color: 'var(--stac-color-onInverseSurface, #f5eff7)',
  boxShadow: '0 4px 12px rgba(0, 0, 0, 0.24)',
};

const sourceStyle: CSSProperties = {
  display: 'block',
  fontSize: 12,
  lineHeight: '16px',
  fontWeight: 500,
  letterSpacing: 0.5,
  opacity: 0.8,
  marginBottom: 2,
};

const actionStyle: CSSProperties = {
  border: 0,
  background: 'transparent',
  color: 'var(--stac-color-inversePrimary, #d0bcff)',
  font: 'inherit',
  fontWeight: 500,
  padding: '8px 12px',
  cursor: 'pointer',
};

/**
 * The live region for snack bars: always mounted (so screen readers hear what appears in it) and showing
 * the head of the queue until its duration passes or its button is pressed.
 */
export function SnackBarView({
  current,
  onDone,
}: {
  current: (SnackBarRequest & { id: number; origin?: OverlayOrigin }) | null;
  onDone(id: number): void;
}) {
  // The timer calls the latest onDone without restarting when the host passes a new function.
  const expire = useEffectEvent((expiredId: number) => onDone(expiredId));
  const id = current?.id;
  const duration = current?.durationMs ?? DEFAULT_SNACK_BAR_MS;

  useEffect(() => {
    if (id === undefined) return;
    const timer = setTimeout(() => expire(id), duration);
    return () => clearTimeout(timer);
  }, [id, duration]);

  const outlet = useContext(StacNoticeOutletContext);
  const background = colorToCss(current?.backgroundColor);
  const source = noticeSourceOf(current?.origin?.store?.getScope());
  const bar = current ? (
    <div
      data-stac-snack-bar=""
      data-stac-notice-source={source ?? undefined}
      style={background ? { ...barStyle, background } : barStyle}
    >
      <div style={{ flex: 1 }}>
        {source ? <span style={sourceStyle}>{source}</span> : null}
        <OverlayWidget
          widget={current.content}
          path={`snackBar[${current.id}].content`}
          store={current.origin?.store ?? null}
        />
      </div>
      {current.actionLabel ? (
        <button
          type="button"
          style={actionStyle}
          onClick={() => {
            current.onAction?.();
            onDone(current.id);
          }}
        >
          {current.actionLabel}
        </button>
      ) : null}
    </div>
  ) : null;
  // The host stacks notices of every plugin in one place (its live region announces them).
  if (outlet) return bar ? createPortal(bar, outlet) : null;
  return (
    // Placed by `.stac-snack-bars` in the shared stylesheet: every view has this region, most never use it.
    <div role="status" aria-live="polite" data-stac-snack-bars="" className="stac-snack-bars">
      {bar}
    </div>
  );
}
