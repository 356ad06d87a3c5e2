/**
 * The scope a document binds against, as an external store with path-indexed subscriptions.
 *
 * Why not React context: a context change re-renders every consumer. Here each node records the paths its
 * templates read (`asset.name`, `items.2.title`) and subscribes at those paths; a change of `asset.name`
 * wakes only the subscribers of `asset`, `asset.name` and below, and React re-renders only those whose selected
 * values actually changed (see `useScopeSelection`). Nodes without templates never subscribe.
 *
 * Stores stack: the root holds the host scope plus document-wide variables; a `setValue` widget (or any
 * subtree that adds data) opens a child layer whose variables shadow the parent for that subtree.
 */
import { isPlainRecord } from '../stac-schema';
import type { StacScope } from './contract';

export type PathSegments = readonly string[];

/** `asset.name`, `list[2].x`, `list.[2].x`, `a["b"]` -> segments. `this` / empty -> [] (the whole scope). */
export function toPathSegments(path: string): string[] {
  const segments: string[] = [];
  for (const raw of path.split(/[.[\]]+/)) {
    const segment = raw.replace(/^["']|["']$/g, '');
    if (segment === '' || segment === 'this') continue;
    segments.push(segment);
  }
  return segments;
}

/** True when a change at `changed` may alter the value read at `read` (one is a prefix of the other). */
export function pathsTouch(read: PathSegments, changed: PathSegments): boolean {
  const n = Math.min(read.length, changed.length);
  for (let i = 0; i < n; i++) if (read[i] !== changed[i]) return false;
  return true;
}

const MAX_DIFF_DEPTH = 16;

/**
 * The paths at which `next` differs from `prev`, as deep as both sides are plain objects or arrays.
 * Identical references are skipped without descending, so an unchanged `user` costs one comparison, and a
 * key's path is built only where its values differ: a host that replaces one item of a list of a hundred
 * pays a hundred comparisons, not a hundred paths (this runs on every host render of a view).
 */
export function diffScopePaths(
  prev: unknown,
  next: unknown,
  prefix: string[] = [],
  out: string[][] = [],
): string[][] {
  if (Object.is(prev, next)) return out;
  const bothArrays = Array.isArray(prev) && Array.isArray(next);
  if (prefix.length >= MAX_DIFF_DEPTH || (!bothArrays && !(isPlainRecord(prev) && isPlainRecord(next)))) {
    out.push(prefix);
    return out;
  }
  if (bothArrays) {
    if (prev.length !== next.length) out.push([...prefix, 'length']);
    const length = Math.max(prev.length, next.length);
    for (let index = 0; index < length; index++) {
      if (!Object.is(prev[index], next[index]))
        diffScopePaths(prev[index], next[index], [...prefix, String(index)], out);
    }
    return out;
  }
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const key of Object.keys(before)) {
    if (!Object.is(before[key], after[key])) diffScopePaths(before[key], after[key], [...prefix, key], out);
  }
  for (const key of Object.keys(after)) {
    if (!Object.hasOwn(before, key) && after[key] !== undefined) out.push([...prefix, key]);
  }
  return out;
}

/** Reads `segments` from `root` through own properties only (no prototype access). */
export function readPath(root: unknown, segments: PathSegments): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * What the store wakes: `onChange` when a path touching one of `reads` changes. A node's binding is its own
 * watcher (addWatcher), so a bound node allocates nothing to subscribe; `reads` must not change while it
 * watches.
 */
export interface ScopeWatcher {
  readonly reads: readonly PathSegments[];
  /** Called as a method of the watcher. */
  onChange(): void;
}
type Watcher = ScopeWatcher;

/**
 * Watchers indexed by the paths they read, one trie node per segment. A change at `items.7.qty` wakes the
 * watchers on the way down (`items`, `items.7`: the changed value is inside what they read) and every
 * watcher below (`items.7.qty.unit`), and never looks at the thousands reading `items.8...`: the cost of
 * a change follows the number of its readers, not the size of the document.
 */
class WatcherTrie {
  // Made when first needed: a list of a thousand items watches thousands of paths, most of them leaves
  // with one watcher and no children. A lone watcher is kept as it is and a Set made only for a second one:
  // empty collections and one-entry Sets per trie node were most of its garbage.
  private here: Watcher | Set<Watcher> | null = null;
  private children: Map<string, WatcherTrie> | null = null;

  add(path: PathSegments, watcher: Watcher, depth = 0): void {
    if (depth === path.length) {
      const here = this.here;
      if (here === null) this.here = watcher;
      else if (here instanceof Set) here.add(watcher);
      else if (here !== watcher) this.here = new Set([here, watcher]);
      return;
    }
    const children = (this.children ??= new Map());
    let child = children.get(path[depth]);
    if (!child) children.set(path[depth], (child = new WatcherTrie()));
    child.add(path, watcher, depth + 1);
  }

  /** Removes the watcher at `path` and prunes the nodes left empty. */
  remove(path: PathSegments, watcher: Watcher, depth = 0): void {
    if (depth === path.length) {
      if (this.here === watcher) this.here = null;
      else if (this.here instanceof Set) this.here.delete(watcher);
      return;
    }
    const child = this.children?.get(path[depth]);
    if (!child) return;
    child.remove(path, watcher, depth + 1);
    if (child.isEmpty()) this.children?.delete(path[depth]);
  }

  private isEmpty(): boolean {
    const here = this.here;
    return (
      (here === null || (here instanceof Set && here.size === 0)) &&
      (this.children === null || this.children.size === 0)
    );
  }

  private collectHere(into: Set<Watcher>): void {
    const here = this.here;
    if (here === null) return;
    if (here instanceof Set) for (const watcher of here) into.add(watcher);
    else into.add(here);
  }

  /** Adds every watcher whose read is a prefix of `changed` or has `changed` as a prefix. */
  collect(changed: PathSegments, into: Set<Watcher>, depth = 0): void {
    if (depth === changed.length) {
      this.collectAll(into);
      return;
    }
    this.collectHere(into);
    this.children?.get(changed[depth])?.collect(changed, into, depth + 1);
  }

  collectAll(into: Set<Watcher>): void {
    this.collectHere(into);
    if (this.children) for (const child of this.children.values()) child.collectAll(into);
  }
}

export class ScopeStore {
  private readonly parent: ScopeStore | null;
  private base: StacScope;
  private variables: Record<string, unknown>;
  private merged: StacScope | null = null;
  private mergedParentVersion = -1;
  private version = 0;
  private readonly watchers = new WatcherTrie();
  /** How many watchers are added: a count, not a Set of them (a list of a thousand items has thousands). */
  private watcherTotal = 0;
  private readonly childLayers = new Set<ScopeStore>();
  private attachedAtParentVersion = -1;

  constructor(options: { scope?: StacScope; parent?: ScopeStore; variables?: Record<string, unknown> }) {
    this.parent = options.parent ?? null;
    this.base = options.scope ?? {};
    this.variables = { ...(options.variables ?? {}) };
    this.attachedAtParentVersion = this.parent ? this.parent.getVersion() : -1;
  }

  /** Bumps whenever the merged scope this store exposes may have changed. */
  getVersion(): number {
    this.getScope();
    return this.version;
  }

  /** The merged scope (host data, parent layers, own variables). Same object until something changes. */
  getScope(): StacScope {
    const parentVersion = this.parent ? this.parent.getVersion() : -1;
    if (this.merged !== null && parentVersion !== this.mergedParentVersion) this.version++;
    if (this.merged === null || parentVersion !== this.mergedParentVersion) {
      const below = this.parent ? this.parent.getScope() : this.base;
      this.merged = Object.keys(this.variables).length === 0 ? below : { ...below, ...this.variables };
      this.mergedParentVersion = parentVersion;
    }
    return this.merged;
  }

  /** Replaces the host scope (root store only) and wakes the nodes that read a changed path. */
  setHostScope(next: StacScope): void {
    if (this.parent) throw new Error('setHostScope is only for the root scope store');
    if (next === this.base) return;
    const changed = diffScopePaths(this.base, next).filter((path) => !this.shadowedByVariables(path));
    this.base = next;
    this.merged = null;
    this.version++;
    if (changed.length > 0) this.notify(changed);
  }

  getVariable(key: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this.variables, key)) return this.variables[key];
    return this.parent ? this.parent.getVariable(key) : undefined;
  }

  getVariables(): Readonly<Record<string, unknown>> {
    return this.variables;
  }

  /**
   * Writes variables into this layer (Stac's `setValue`) and wakes their readers here and below. Keys in
   * `remove` leave the layer, so the outer value (if any) shows through again.
   */
  setVariables(values: Record<string, unknown>, remove: readonly string[] = []): void {
    const before = this.getScope();
    const nextVariables = { ...this.variables };
    for (const key of remove) delete nextVariables[key];
    for (const [key, value] of Object.entries(values)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      nextVariables[key] = value;
    }
    this.variables = nextVariables;
    this.merged = null;
    const after = this.getScope();
    const changed: string[][] = [];
    for (const key of new Set([...Object.keys(values), ...remove])) {
      diffScopePaths(before[key], after[key], [key], changed);
    }
    if (changed.length === 0) return;
    this.version++;
    this.notify(changed);
  }

  /**
   * Calls `onChange` when a path that touches one of `reads` changes. Returns the unsubscribe function.
   * An empty read (`this`, `[]`) listens to every change.
   */
  watch(reads: readonly PathSegments[], onChange: () => void): () => void {
    // Callers pass arrays they never change (a bind plan's, a binding's): kept, not copied.
    const watcher: Watcher = { reads, onChange };
    this.addWatcher(watcher);
    let watching = true;
    return () => {
      if (watching) this.removeWatcher(watcher);
      watching = false;
    };
  }

  /**
   * watch() for an object that is its own watcher (a node's binding): nothing allocated per subscription.
   * The caller adds a watcher once and removes it once (a binding knows which store it watches).
   */
  addWatcher(watcher: ScopeWatcher): void {
    this.watcherTotal++;
    for (const read of watcher.reads) this.watchers.add(read, watcher);
  }

  /** Stops a watcher added with addWatcher. */
  removeWatcher(watcher: ScopeWatcher): void {
    this.watcherTotal--;
    for (const read of watcher.reads) this.watchers.remove(read, watcher);
  }

  /** Number of active watchers; the render-count tests use it to prove template-free nodes never subscribe. */
  watcherCount(): number {
    return this.watcherTotal;
  }

  /** Links a child layer so that parent changes reach its watchers. Returns the detach function. */
  attachLayer(child: ScopeStore): () => void {
    this.childLayers.add(child);
    if (child.attachedAtParentVersion !== this.getVersion()) {
      // The parent changed between the child's render and its commit: wake everything below.
      child.attachedAtParentVersion = this.getVersion();
      child.notify([[]]);
    }
    return () => {
      this.childLayers.delete(child);
    };
  }

  private shadowedByVariables(path: PathSegments): boolean {
    return path.length > 0 && Object.prototype.hasOwnProperty.call(this.variables, path[0]);
  }

  private notify(changed: readonly PathSegments[]): void {
    const woken = new Set<Watcher>();
    for (const path of changed) this.watchers.collect(path, woken);
    for (const watcher of woken) watcher.onChange();
    for (const child of this.childLayers) {
      child.attachedAtParentVersion = this.getVersion();
      const visible = changed.filter((path) => !child.shadowedByVariables(path));
      if (visible.length > 0) child.notify(visible);
    }
  }
}
