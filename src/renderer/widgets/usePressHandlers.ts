import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import { useStacDispatch, type StacDispatch } from '../widgetApi';

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

/** A press in progress, per element: kept across re-renders without a hook, gone with the element. */
interface PressState {
  timer: ReturnType<typeof setTimeout> | null;
  longPressed: boolean;
}
const pressStates = new WeakMap<Element, PressState>();

function pressStateOf(element: Element): PressState {
  let state = pressStates.get(element);
  if (!state) pressStates.set(element, (state = { timer: null, longPressed: false }));
  return state;
}

function clearLongPress(event: { currentTarget: Element }): void {
  const state = pressStates.get(event.currentTarget);
  if (state?.timer) clearTimeout(state.timer);
  if (state) state.timer = null;
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
  return pressHandlers(useStacDispatch(), actions, path, names);
}

/**
 * usePressHandlers without a hook, for a hook-free widget (with useHookFreeDispatch). A long press's state hangs
 * on the element pressed, not on a ref (a long list has a thousand buttons): a long-press timer that fires
 * after its element left the page does nothing.
 */
export function pressHandlers(
  dispatch: StacDispatch,
  actions: PressActions,
  path: string,
  names: Record<keyof PressActions, string>,
) {
  const fire = (key: keyof PressActions) => dispatch(actions[key], `${path}.${names[key]}`);

  return {
    interactive: present(actions.onTap) || present(actions.onLongPress) || present(actions.onDoubleTap),
    handlers: {
      onClick: (event: MouseEvent) => {
        const state = pressStates.get(event.currentTarget);
        if (state?.longPressed) {
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
            const state = pressStateOf(element);
            state.longPressed = false;
            clearLongPress(event);
            state.timer = setTimeout(() => {
              state.timer = null;
              if (!element.isConnected) return;
              state.longPressed = true;
              fire('onLongPress');
            }, LONG_PRESS_MS);
          }
        : undefined,
      onPointerUp: present(actions.onLongPress) ? clearLongPress : undefined,
      onPointerLeave: present(actions.onLongPress) ? clearLongPress : undefined,
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
