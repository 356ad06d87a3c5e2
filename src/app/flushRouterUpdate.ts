import { flushSync } from 'react-dom';

/**
 * Given to `<RouterProvider flushSync>`: a navigation that asks for `flushSync` is drawn at once instead of in
 * a transition. The catalog's filters ask for it, so that the next keystroke or filter starts from the query
 * just written, not from the one drawn before it.
 */
export function flushRouterUpdate(update: () => unknown): undefined {
  flushSync(update);
  return undefined;
}
