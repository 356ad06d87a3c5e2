/**
 * Contexts shared by StacView and the node views. Every value placed in these contexts is stable for the
 * life of a StacView (callbacks are read through refs), so that a new `scope` or an inline `onProblem` from
 * the host never re-renders the whole tree: scope changes travel through the ScopeStore instead.
 */
import { createContext, useContext } from 'react';
import type {
  StacRenderMode,
  StacRenderProblem,
  StacRequestRunner,
  StacScope,
  StacWidgetComponent,
  StacWidgetRegistry,
} from './contract';
import type { StacNode } from '../stac-schema';
import type { DocumentPlans } from './template';
import type { FormAccess, HostServices } from '../actions';
import { ScopeStore, type PathSegments } from './scopeStore';
import type { StacViews } from './view/StacViews';
import type { StacThemeSource } from './themeSource';
import type { FormRegistry } from './formRegistry';

export interface StacRendererContextValue {
  registry: StacWidgetRegistry;
  /**
   * The scope store of this place in the tree: the document's, or a setValue layer's (ScopeLayerProvider).
   * The only context that carries it (useScopeStore reads it here): one provider less per view and per layer.
   */
  store: ScopeStore;
  mode: StacRenderMode;
  /** The views of the renderer's own (node fallback, document error, action notices), host-replaceable. */
  views: StacViews;
  reportProblem(problem: StacRenderProblem): void;
  /**
   * Binds every prop's templates against `scope` and coerces per widget schema. With a `budgetSlot` (one
   * object per mounted node) the templates spend from the view's render budget; see releaseBudget.
   */
  bindNode(node: StacNode, scope: StacScope, budgetSlot?: object): BoundNode;
  /** A node left the view: what its templates spent goes back to the view's render budget. */
  releaseBudget(budgetSlot: object): void;
  /** The bind plans of the document's nodes (parseDocumentCached.ts's documentPlansOf), kept with it. */
  plans?: DocumentPlans;
  /** True inside renderStacToString: no effects run, so problems are reported during render. */
  serverRendering: boolean;
  /**
   * Suspense boundaries where a throw can happen: on the server, where they stand in for the error boundaries
   * (which do not run there), and in a view that hydrates server HTML (which has the same ones). One around
   * the view's root and one around each node whose widget is not built in (isBuiltInWidget). Views rendered
   * on the client alone have none.
   */
  suspenseBoundaries: boolean;
  /** registry.ts's isBuiltInWidget, handed down: the node view cannot import the registry (a cycle). */
  isBuiltInWidget(component: StacWidgetComponent): boolean;
  /** Runs an action object; never throws. Implemented by StacView (see useStacDispatch). */
  runAction(action: unknown, path: string, extra: StacDispatchExtra | undefined, local: LocalAccess): void;
  /**
   * How the view's data widgets fetch (useStacRequest): the host's runner from an enclosing
   * StacRequestContext if any, else one from the view's actions and services.
   */
  requestRunner: StacRequestRunner;
  /**
   * The services of the nearest overlay host for actions (dialogs, snack bars, in-place pages): the view's
   * own, or a StacOverlayHost's inside the view.
   */
  overlayController: StacOverlayController | null;
  /** Scope roots the host withheld from this document, each with the permission that would give it. */
  withheldScope?: Readonly<Record<string, string>>;
  /** The JSON path of the document's root node (`ui`): its flex parent is the view (useFlexParent). */
  rootPath: string;
  /** The view's theme, read by useStacTheme. */
  theme: StacThemeSource;
  /**
   * The view's outermost form scope (getFormValue works for fields outside any `form`): the nearest form
   * unless a `form` widget's scope is nearer (useNearestForm).
   */
  form: FormRegistry;
}

/**
 * Where an overlay was opened from. Its widgets render against that place's scope store, so a page or dialog
 * opened after a `setValue` sees the variables of the layer the button sat in (as Stac's global store would).
 */
export interface OverlayOrigin {
  store: ScopeStore | null;
}

export interface StacOverlayController {
  /** The services for actions dispatched at `origin`: stable per scope store. */
  servicesFor(origin: OverlayOrigin): Partial<HostServices>;
}

export interface BoundNode {
  node: StacNode;
  /** Scope paths the node's templates read (`asset.name`). */
  reads: readonly string[];
  /** `reads` joined by newlines: equal keys mean the same subscription. */
  readsKey: string;
  /** `reads` as path segments, when known before binding (a node's plan); otherwise split from `reads`. */
  readSegments?: readonly PathSegments[];
  /** Paths that had no value. */
  unbound: readonly string[];
  /** Messages of templates that could not be evaluated (refused constructs, limits). */
  errors: readonly string[];
  /** The view's render budget ran out before this node's templates were done: the node is not rendered. */
  overBudget: string | null;
}

/** The renderer-owned state an action reaches from where its widget sits. */
export interface LocalAccess {
  store: ScopeStore;
  form: FormAccess | null;
  /** Dialogs, snack bars and in-place pages of the enclosing overlay host, if any. */
  overlayServices: Partial<HostServices> | null;
}

/** Optional extras for one dispatch, e.g. the new value of an `onChanged`. */
export interface StacDispatchExtra {
  /** Added to the scope for this action only (e.g. `{ value: 'typed text' }`). */
  scope?: Record<string, unknown>;
  signal?: AbortSignal;
}

export const StacRendererContext = createContext<StacRendererContextValue | null>(null);
StacRendererContext.displayName = 'StacRendererContext';

/** Says what to do, not only what went wrong: the usual cause is a widget component rendered on its own. */
export function outsideStacView(name: string): string {
  return `\`${name}\` must be used within \`StacView\`: register the component in a widget registry (createWidgetRegistry) and render the document with <StacView registry={...}>, instead of rendering the component on its own.`;
}

export function useStacRenderer(hookName: string): StacRendererContextValue {
  const value = useContext(StacRendererContext);
  if (!value) throw new Error(outsideStacView(hookName));
  return value;
}

export function useScopeStore(hookName: string): ScopeStore {
  return useStacRenderer(hookName).store;
}

/** 'preview' or 'production'; widgets may use it to show authoring hints. */
export function useStacRenderMode(): StacRenderMode {
  return useStacRenderer('useStacRenderMode').mode;
}
