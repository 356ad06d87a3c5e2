/**
 * The binding of one mounted node: its props bound against the scope store, its subscription to the paths
 * its templates read and its share of the view's render budget. StacNodeView owns one per bound node and
 * drives it from its render and lifecycle, so a bound node costs one component and no hooks: a list of a
 * thousand items has thousands of them.
 *
 * Why not useSyncExternalStore: it costs a component of its own (a class cannot call it) and two passive
 * effects per node. Here the node subscribes when it commits, and a change wakes it only when a value at
 * one of its reads differs from the one it rendered (the same guarantee: no re-render for changes
 * elsewhere, no missed change between render and commit).
 */
import {
  readPath,
  toPathSegments,
  type PathSegments,
  type ScopeStore,
  type ScopeWatcher,
} from './scopeStore';
import type { StacScope } from './contract';
import { SPENT, SPENT_IN, type BudgetSlot } from './template';
import type { StacNode } from '../stac-schema';
import type { BoundNode, StacRendererContextValue } from './StacRendererContext';

/** A binding is its own scope watcher (ScopeStore.addWatcher): subscribing allocates nothing per node. */
export class NodeBinding<
  Owner extends { forceUpdate(): void } = { forceUpdate(): void },
> implements ScopeWatcher {
  private renderer: StacRendererContextValue | null = null;
  private node: StacNode | null = null;
  /** The scope the current `bound` was computed from (or one equal at every read). */
  private scope: StacScope | null = null;
  private bound: BoundNode | null = null;
  /** What the last render read. */
  private renderReads: readonly PathSegments[] = [];
  /** What the store watches for this binding (`renderReads` as of the last commit that subscribed). */
  reads: readonly PathSegments[] = [];
  private watchedStore: ScopeStore | null = null;
  private watchedKey = '';
  /** What the view's render budget keeps on this binding, declared so that every binding has one shape. */
  [SPENT_IN]: BudgetSlot[typeof SPENT_IN] = null;
  [SPENT]: BudgetSlot[typeof SPENT] = undefined;

  /** `owner.forceUpdate()` re-renders the node: called when a value it read changed. */
  constructor(protected readonly owner: Owner) {}

  /** The node's bound props for the current scope; the same object while nothing it reads changed. */
  bind(renderer: StacRendererContextValue, node: StacNode): BoundNode {
    const scope = renderer.store.getScope();
    if (this.bound && this.renderer === renderer && this.node === node) {
      if (this.scope === scope) return this.bound;
      // A node drawn inline re-renders with its siblings (StacNodeView.inlineChild): when nothing it reads
      // changed, its bound props hold as they are, the same object (its widget's elements then compare equal).
      if (this.scope !== null && !this.readChanged(this.scope, scope)) {
        this.scope = scope;
        return this.bound;
      }
    }
    // Another view context (a new document's budget): what the node spent there goes back first.
    if (this.renderer && this.renderer !== renderer) this.renderer.releaseBudget(this);
    const bound = renderer.bindNode(node, scope, this);
    if (!this.bound || bound.readsKey !== this.bound.readsKey) {
      this.renderReads = bound.readSegments ?? bound.reads.map(toPathSegments);
    }
    this.renderer = renderer;
    this.node = node;
    this.scope = scope;
    this.bound = bound;
    return bound;
  }

  /**
   * After the node committed: watch the paths it reads now (again only when they changed), and wake it if
   * one of them changed between its render and this commit.
   */
  committed(): void {
    const renderer = this.renderer;
    const bound = this.bound;
    if (!renderer || !bound) return;
    const store = renderer.store;
    if (this.watchedStore !== store || this.watchedKey !== bound.readsKey) {
      // The store keeps `reads` while it watches: it changes only between removing and adding again.
      this.watchedStore?.removeWatcher(this);
      this.watchedStore = null;
      this.reads = this.renderReads;
      this.watchedKey = bound.readsKey;
      if (bound.readsKey !== '') {
        store.addWatcher(this);
        this.watchedStore = store;
      }
    }
    this.onChange();
  }

  /** The node left the view: stop watching and give its budget back. */
  dispose(): void {
    this.watchedStore?.removeWatcher(this);
    this.watchedStore = null;
    this.watchedKey = '';
    this.renderer?.releaseBudget(this);
  }

  /** dispose(), and forget what it bound: the next bind() starts as a new binding's would. */
  reset(): void {
    this.dispose();
    this.renderer = null;
    this.node = null;
    this.scope = null;
    this.bound = null;
    this.renderReads = [];
    this.reads = [];
  }

  /** A method, not a bound arrow: the store calls it on the binding (`watcher.onChange()`). */
  onChange(): void {
    const renderer = this.renderer;
    if (!renderer || this.scope === null) return;
    const scope = renderer.store.getScope();
    if (scope === this.scope) return;
    if (this.readChanged(this.scope, scope)) {
      this.owner.forceUpdate();
      return;
    }
    // Nothing this node reads changed: its bound props hold for the new scope as they are.
    this.scope = scope;
  }

  /** Whether a value at one of the paths the last render read differs between the two scopes. */
  private readChanged(before: StacScope, after: StacScope): boolean {
    for (const read of this.renderReads) {
      if (!Object.is(readPath(before, read), readPath(after, read))) return true;
    }
    return false;
  }
}
