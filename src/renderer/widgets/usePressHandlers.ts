import { useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useStacDispatch } from '../widgetApi';

const LONG_PRESS_MS = 500;

function present(action: unknown): boolean {
  return action !== undefined && action !== null;
}

export interface PressActions {
  onTap?: unknown;
  onDoubleTap?: unknown;
  onLongPress?: unknown;
  onSecondaryTap?: unknown;
  onHover?: unknown;
  onFocusChange?: unknown;
}

/**
 * Pointer and keyboard handlers that turn clicks, double clicks, long presses (500 ms, Flutter's
 * kLongPressTimeout), right clicks, hover and focus into the node's actions. Enter and Space activate like a
 * tap, as they do for a native button. `actionPath` names the property for error reports.
 */
export function usePressHandlers(
  actions: PressActions,
  path: string,
  names: Record<keyof PressActions, string>,
) {
  const dispatch = useStacDispatch();
  // One ref and no unmount effect (a long list has a thousand buttons): a long-press timer that fires
  // after its element left the page does nothing.
  const press = useRef<{ timer: ReturnType<typeof setTimeout> | null; longPressed: boolean }>(null);
  const state = (press.current ??= { timer: null, longPressed: false });
  const clear = () => {
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
  };
  const fire = (key: keyof PressActions) => dispatch(actions[key], `${path}.${names[key]}`);

  return {
    interactive: present(actions.onTap) || present(actions.onLongPress) || present(actions.onDoubleTap),
    handlers: {
      onClick: (event: MouseEvent) => {
        if (state.longPressed) {
          state.longPressed = false;
          event.preventDefault();
          return;
        }
        if (present(actions.onTap)) fire('onTap');
      },
      onDoubleClick: present(actions.onDoubleTap) ? () => fire('onDoubleTap') : undefined,
      onContextMenu: present(actions.onSecondaryTap)
        ? (event: MouseEvent) => {
            event.preventDefault();
            fire('onSecondaryTap');
          }
        : undefined,
      onPointerDown: present(actions.onLongPress)
        ? (event: PointerEvent) => {
            if (event.button !== 0) return;
            const element = event.currentTarget;
            state.longPressed = false;
            clear();
            state.timer = setTimeout(() => {
              state.timer = null;
              if (!element.isConnected) return;
              state.longPressed = true;
              fire('onLongPress');
            }, LONG_PRESS_MS);
          }
        : undefined,
      onPointerUp: present(actions.onLongPress) ? clear : undefined,
      onPointerLeave: present(actions.onLongPress) ? clear : undefined,
      onMouseEnter: present(actions.onHover) ? () => fire('onHover') : undefined,
      onFocus: present(actions.onFocusChange) ? () => fire('onFocusChange') : undefined,
      onBlur: present(actions.onFocusChange) ? () => fire('onFocusChange') : undefined,
    },
    /** For elements that are not native buttons. */
    onKeyDown: (event: KeyboardEvent) => {
      if (event.target !== event.currentTarget) return;
      if ((event.key === 'Enter' || event.key === ' ') && present(actions.onTap)) {
        event.preventDefault();
        fire('onTap');
      }
    },
  };
}
