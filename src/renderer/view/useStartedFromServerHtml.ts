import { useId } from 'react';

/**
 * An id React made on the server or while hydrating server HTML: an uppercase `R` before its tree position
 * (`_R_1_`, `_R_2H1_`, after the root's identifierPrefix if it has one), where one made by a render on the
 * client has a lowercase `r` and a counter (`_r_5_`). The hydration tests fail should a React version spell
 * them otherwise.
 */
const SERVER_OR_HYDRATION_ID = /R_[0-9a-v]*(?:H[0-9a-v]+)?_$/;

/**
 * Whether this view began by hydrating server HTML (or renders on the server), fixed for its life: the
 * per-node Suspense boundaries that server HTML has must stay to hydrate it, and leaving them out later
 * would remount every node. Read from the view's `useId`, whose value React fixes when the view mounts: no
 * store subscription, so a view mounts without passive effects (a `useSyncExternalStore` cost two, and a
 * scheduled task to run them, on every mount).
 */
export function useStartedFromServerHtml(): boolean {
  const id = useId();
  // A view's id is the same on every render (and a page's views differ only in a counter): the last answer
  // is kept, so a re-render (every host render) tests no pattern.
  return id === last.id ? last.answer : last.take(id);
}

const last = {
  id: '',
  answer: false,
  take(id: string): boolean {
    this.id = id;
    return (this.answer = SERVER_OR_HYDRATION_ID.test(id));
  },
};
