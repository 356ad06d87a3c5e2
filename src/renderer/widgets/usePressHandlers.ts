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

/** The DOM handlers of a press surface: `onClick` always, the others only for an action that needs them. */
export interface PressDomHandlers {
  onClick: (event: MouseEvent) => void;
  onDoubleClick?: () => void;
  onContextMenu?: (event: MouseEvent) => void;
  onPointerDown?: (event: PointerEvent) => void;
  onPointerUp?: (event: { currentTarget: Element }) => void;
  onPointerLeave?: (event: { currentTarget: Element }) => void;
  onMouseEnter?: () => void;
  onFocus?: () => void;
  onBlur?: () => void;
}

export interface PressHandlers {
  /** Whether a tap, long press or double tap acts. */
  interactive: boolean;
  handlers: PressDomHandlers;
  /** Enter and Space as a tap, for elements that are not native buttons. */
  readonly onKeyDown: (event: KeyboardEvent) => void;
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
): PressHandlers {
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
): PressHandlers {
  const fire = (key: keyof PressActions) => dispatch(actions[key], `${path}.${names[key]}`);
  const tap = present(actions.onTap);
  // Only the handlers an action needs: a list of a thousand buttons that only tap makes one closure each
  // (and React walks one event prop per button, not nine).
  const handlers: PressDomHandlers = {
    onClick: (event: MouseEvent) => {
      const state = pressStates.get(event.currentTarget);
      if (state?.longPressed) {
        state.longPressed = false;
        event.preventDefault();
        return;
      }
      if (tap) fire('onTap');
    },
  };
  if (present(actions.onDoubleTap)) handlers.onDoubleClick = () => fire('onDoubleTap');
  if (present(actions.onSecondaryTap)) {
    handlers.onContextMenu = (event: MouseEvent) => {
      event.preventDefault();
      fire('onSecondaryTap');
    };
  }
  if (present(actions.onLongPress)) {
    handlers.onPointerDown = (event: PointerEvent) => {
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
    };
    handlers.onPointerUp = clearLongPress;
    handlers.onPointerLeave = clearLongPress;
  }
  if (present(actions.onHover)) handlers.onMouseEnter = () => fire('onHover');
  if (present(actions.onFocusChange)) {
    handlers.onFocus = () => fire('onFocusChange');
    handlers.onBlur = () => fire('onFocusChange');
  }
  return {
    interactive: tap || present(actions.onLongPress) || present(actions.onDoubleTap),
    handlers,
    // Made when asked for: a native button never is.
    get onKeyDown() {
      return (event: KeyboardEvent) => {
        if (event.target !== event.currentTarget) return;
        if ((event.key === 'Enter' || event.key === ' ') && tap) {
          event.preventDefault();
          fire('onTap');
        }
      };
    },
  };
}
