import { createContext, use } from 'react';
import type { ParentFlexAxis } from './widgetProps';
import { StacRendererContext } from '../StacRendererContext';

/**
 * The flex box that lays out the node at `childPath(path)`: a row or column (whose main axis Flutter
 * leaves unbounded for its children) or a scaffold body (a column bounded by the screen), so a child can
 * fill a main axis as Flutter would (`double.infinity`, a column's mainAxisSize.max).
 */
export interface FlexParent {
  axis: 'row' | 'column';
  /** True when the parent's main axis has a fixed length the child may fill (a scaffold body). */
  bounded: boolean;
  isChild: (path: string) => boolean;
}

export const FlexParentContext = createContext<FlexParent | null>(null);

/**
 * The flex parent this node is a direct child of, or null. It reads its contexts with `use`, which React
 * allows in a hook-free widget (called in its node view's render, hookFreeWidgets.ts) as well as in a hook.
 */
export function useFlexParent(path: string): FlexParent | null {
  const parent = use(FlexParentContext);
  // A view's root node: its parent is the view itself (no provider of its own, one fiber less per view).
  const view = use(StacRendererContext);
  if (view !== null && path === view.rootPath) return ROOT_FLEX_PARENT;
  return parent && parent.isChild(path) ? parent : null;
}

/** The main axis of the row/column (or scaffold body) this node is a direct child of. */
export function useParentFlexAxis(path: string): ParentFlexAxis {
  return useFlexParent(path)?.axis ?? null;
}

/** A FlexParent whose children are the items of the list at `childrenPath` (`<childrenPath>[i]`). */
function listFlexParent(axis: 'row' | 'column', childrenPath: string): FlexParent {
  const prefix = `${childrenPath}[`;
  return { axis, bounded: false, isChild: (path) => isItemPath(path, prefix) };
}

/**
 * Whether `path` is `<prefix><digits>]`: every item of a long list asks, so by its characters, without the
 * strings and the regular expression of a slice.
 */
function isItemPath(path: string, prefix: string): boolean {
  const end = path.length - 1;
  if (end <= prefix.length || path.charCodeAt(end) !== CLOSE_BRACKET || !path.startsWith(prefix))
    return false;
  for (let at = prefix.length; at < end; at += 1) {
    const code = path.charCodeAt(at);
    if (code < DIGIT_0 || code > DIGIT_9) return false;
  }
  return true;
}

const CLOSE_BRACKET = 93;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

const listParents = new WeakMap<object, FlexParent & { childrenPath: string }>();

/**
 * listFlexParent, the same object for as long as the list (`children`, an array of a parsed document, which
 * never changes) sits at the same path: a row or column re-rendered by itself gives its children the same
 * context value, so they do not re-render for it. Made without a hook, so a row or column is hook-free.
 */
export function listFlexParentOf(axis: 'row' | 'column', children: object, childrenPath: string): FlexParent {
  const kept = listParents.get(children);
  if (kept !== undefined && kept.axis === axis && kept.childrenPath === childrenPath) return kept;
  const made = { ...listFlexParent(axis, childrenPath), childrenPath };
  listParents.set(children, made);
  return made;
}

/**
 * The screen itself: Flutter gives the root widget the whole screen, so when the host gives the view a
 * height, a root that fills its parent in Flutter (a pageView, a center, a column) fills the view. The
 * renderer context says which path is the root (`rootPath`); this is what useFlexParent gives that node.
 */
const ROOT_FLEX_PARENT: FlexParent = Object.freeze({ axis: 'column', bounded: true, isChild: () => true });
