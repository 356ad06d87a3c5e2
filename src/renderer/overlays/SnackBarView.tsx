import { useContext, useEffect, useEffectEvent, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import type { SnackBarRequest } from '../../actions';
import { colorToCss } from '../values';
import { OverlayWidget } from './OverlayWidget';
import type { OverlayOrigin } from './StacOverlayContext';
import { StacNoticeOutletContext, noticeSourceOf } from './StacNoticeOutlet';

export const DEFAULT_SNACK_BAR_MS = 4000;

/**
 * How long a new live region stays empty before its first snack bar goes in: a screen reader announces
 * changes only in a region it already knows, and VoiceOver on Safari notices a new one only after a moment
 * (the same 100 ms announcers such as react-aria's wait).
 */
export const LIVE_REGION_SETTLE_MS = 100;

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
 * The live region for snack bars, showing the head of the queue until its duration passes or its button is
 * pressed. A view mounts it with its first overlay, not before; the region is in the page, empty, for
 * LIVE_REGION_SETTLE_MS before the first bar goes in, so screen readers hear it, and stays from then on.
 * Into a host's notice outlet (a live region of the host's, there all along) bars go at once.
 */
export function SnackBarView({
  current,
  onDone,
}: {
  current: (SnackBarRequest & { id: number; origin?: OverlayOrigin }) | null;
  onDone(id: number): void;
}) {
  const outlet = useContext(StacNoticeOutletContext);
  const [regionKnown, setRegionKnown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setRegionKnown(true), LIVE_REGION_SETTLE_MS);
    return () => clearTimeout(timer);
  }, []);
  const shown = regionKnown || outlet ? current : null;

  // The timer calls the latest onDone without restarting when the host passes a new function.
  const expire = useEffectEvent((expiredId: number) => onDone(expiredId));
  const id = shown?.id;
  const duration = shown?.durationMs ?? DEFAULT_SNACK_BAR_MS;

  useEffect(() => {
    if (id === undefined) return;
    const timer = setTimeout(() => expire(id), duration);
    return () => clearTimeout(timer);
  }, [id, duration]);

  const background = colorToCss(shown?.backgroundColor);
  const source = noticeSourceOf(shown?.origin?.store?.getScope());
  const bar = shown ? (
    <div
      data-stac-snack-bar=""
      data-stac-notice-source={source ?? undefined}
      style={background ? { ...barStyle, background } : barStyle}
    >
      <div style={{ flex: 1 }}>
        {source ? <span style={sourceStyle}>{source}</span> : null}
        <OverlayWidget
          widget={shown.content}
          path={`snackBar[${shown.id}].content`}
          store={shown.origin?.store ?? null}
        />
      </div>
      {shown.actionLabel ? (
        <button
          type="button"
          style={actionStyle}
          onClick={() => {
            shown.onAction?.();
            onDone(shown.id);
          }}
        >
          {shown.actionLabel}
        </button>
      ) : null}
    </div>
  ) : null;
  // The host stacks notices of every plugin in one place (its live region announces them).
  if (outlet) return bar ? createPortal(bar, outlet) : null;
  return (
    // Placed by `.stac-snack-bars` in the shared stylesheet.
    <div role="status" aria-live="polite" data-stac-snack-bars="" className="stac-snack-bars">
      {bar}
    </div>
  );
}
