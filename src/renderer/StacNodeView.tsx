/**
 * Renders one STAC node: registry lookup by `type`, template binding against the scope store, coercion per
 * widget schema, an error boundary, and the preview fallbacks for unknown or invalid nodes.
 *
 * Node views are memoized on (node, path): the parsed document never changes identity, so a re-render of a
 * parent reaches a child only when the child's own node object changed. Scope changes reach a node only
 * through its subscription to the paths it read (NodeBinding); nodes without templates have none.
 */
import {
  Component,
  Suspense,
  cloneElement,
  isValidElement,
  useEffect,
  type ContextType,
  type ReactNode,
} from 'react';
import type { StacRenderMode, StacRenderProblem, StacWidgetComponent } from './contract';
import { INVALID_NODE_TYPE, WIDGET_TYPES, type StacInvalidNode, type StacNode } from '../stac-schema';
import type { ScopeStore } from './scopeStore';
import { NodeBinding } from './nodeBinding';
import { staticNodeOf } from './staticNode';
import {
  StacRendererContext,
  outsideStacView,
  useScopeStore,
  useStacRenderer,
  type BoundNode,
  type StacRendererContextValue,
} from './StacRendererContext';
import { StacRenderFailure, describeThrown } from './StacErrorBoundary';
import {
  callHookFreeWidget,
  inlineChild,
  isHookFreeWidget,
  type HookFreeWidgetState,
} from './hookFreeWidgets';

const VOCABULARY: ReadonlySet<string> = new Set(WIDGET_TYPES);

function isNodeLike(value: unknown): value is StacNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as StacNode).type === 'string'
  );
}

function isInvalidMarker(node: StacNode): node is StacNode & StacInvalidNode {
  return node.type === INVALID_NODE_TYPE;
}

/** A problem that shows as a fallback in preview mode and is reported once either way. */
function NodeProblem({ problem }: { problem: StacRenderProblem }) {
  const renderer = useStacRenderer('StacNodeView');
  const { code, path, message, widgetType, issueCode } = problem;
  useEffect(() => {
    renderer.reportProblem(
      issueCode === undefined
        ? { code, path, message, widgetType }
        : { code, path, message, widgetType, issueCode, severity: 'error' },
    );
  }, [renderer, code, path, message, widgetType, issueCode]);
  if (renderer.serverRendering) renderer.reportProblem(problem);
  if (renderer.mode !== 'preview') return null;
  const { Fallback } = renderer.views;
  return <Fallback problem={problem} />;
}

function problemOfMarker(marker: StacInvalidNode, path: string): StacRenderProblem {
  const issue = marker.issue;
  const issuePath = typeof issue?.path === 'string' && issue.path !== '' ? issue.path : path;
  if (issue?.code === 'unknown_widget' && marker.originalType) {
    return {
      code: 'unknown_widget',
      path: issuePath,
      message: `Unknown widget "${marker.originalType}"`,
      widgetType: marker.originalType,
    };
  }
  const message =
    typeof issue?.message === 'string' && issue.message !== '' ? issue.message : 'Invalid widget';
  const issueCode = typeof issue?.code === 'string' ? issue.code : undefined;
  return issueCode === undefined
    ? { code: 'invalid_node', path: issuePath, message, widgetType: marker.originalType }
    : {
        code: 'invalid_node',
        path: issuePath,
        message,
        widgetType: marker.originalType,
        issueCode,
        severity: 'error',
      };
}

function lookUpWidget(renderer: StacRendererContextValue, type: string): StacWidgetComponent | null {
  // Own properties only: a node typed "constructor" or "toString" must not reach Object.prototype.
  return Object.prototype.hasOwnProperty.call(renderer.registry, type) ? renderer.registry[type] : null;
}

export interface StacNodeViewProps {
  /** A node from a parsed document; anything else renders a fallback (preview) or nothing. */
  node: unknown;
  /** JSON path of the node, e.g. `ui.children[2]`. */
  path: string;
}

/** One retry subscription per store, built once rather than per node. */
const retrySubscriptions = new WeakMap<ScopeStore, (onChange: () => void) => () => void>();
function retrySubscriptionOf(store: ScopeStore): (onChange: () => void) => () => void {
  let subscribe = retrySubscriptions.get(store);
  if (!subscribe) {
    subscribe = (onChange) => store.watch([[]], onChange);
    retrySubscriptions.set(store, subscribe);
  }
  return subscribe;
}

/** A failed node tries again on the next change of its scope (a widget that threw on missing data). */
function RetryOnScopeChange({ problem, path, widgetType, mode, retry }: FailedNodeProps) {
  const store = useScopeStore('StacNodeView');
  return (
    <StacRenderFailure
      problem={problem}
      path={path}
      widgetType={widgetType}
      mode={mode}
      retry={{ subscribe: retrySubscriptionOf(store), retry }}
    />
  );
}

interface FailedNodeProps {
  problem: StacRenderProblem;
  path: string;
  widgetType: string | undefined;
  mode: StacRenderMode;
  retry: () => void;
}

/** What an inline child drew last, kept to be drawn again as it is (InlineChild.drawn). */
const NOT_DRAWN: unique symbol = Symbol();

/**
 * A child node rendered inline by a node view (StacNodeView.inlineChild): what its own node view would hold,
 * its binding and its widget's state, without a component. It is its own binding (one object per child, not
 * two), which wakes the node view that holds it; a static child leaves it unbound.
 */
class InlineChild extends NodeBinding<StacNodeView> implements HookFreeWidgetState {
  /** Whether it binds its node now (inlineNode); a static child's binding part stays unused. */
  binds = false;
  widgetState: unknown = undefined;
  /**
   * What it drew last and from what: drawn again as it is (the same element, which React passes over) while
   * its node, its state and the renderer context stay, so that a change of one item's value re-renders the
   * item's other children no more than their own node views did.
   */
  drawn: ReactNode | typeof NOT_DRAWN = NOT_DRAWN;
  drawnFrom: StacNode | null = null;
  drawnState: unknown = undefined;
  drawnIn: StacRendererContextValue | null = null;
  /** The document's node it drew last, and how many inline children of its own (and theirs) it drew. */
  source: StacNode | null = null;
  nested = 0;
  constructor(
    owner: StacNodeView,
    readonly path: string,
  ) {
    super(owner);
  }

  setWidgetState(value: unknown): void {
    this.widgetState = value;
    this.owner.forceUpdate();
  }

  /** Its own children (a button's label) are the holder's too. */
  inlineChild(node: unknown, path: string): ReactNode | undefined {
    return this.owner.inlineChild(node, path);
  }

  dropBinding(): void {
    if (!this.binds) return;
    this.reset();
    this.binds = false;
  }

  /** Subscribes to what its last render read, if it binds. */
  override committed(): void {
    if (this.binds) super.committed();
  }

  /** Disposed, not dropped: StrictMode mounts the node view again, and it subscribes again then. */
  override dispose(): void {
    if (this.binds) super.dispose();
  }
}

const HEALTHY: StacNodeViewState = Object.freeze({ problem: null, failedWith: null });

interface StacNodeViewState {
  problem: StacRenderProblem | null;
  /** The node seen when the error was caught, boxed so that any value is a key. */
  failedWith: { node: unknown } | null;
  /** What its hook-free widget keeps between renders (HookFreeWidgetState), if anything. */
  widgetState?: unknown;
}

/**
 * One node: the memo boundary of the tree (it re-renders only when its own node or path changes, or the
 * renderer context does) and its error boundary, in one component: a document of thousands of nodes pays
 * for one fiber here instead of three. It looks the widget up and binds the node's templates (NodeBinding);
 * the widget renders below it, so a throwing widget never blanks its siblings.
 */
export class StacNodeView
  extends Component<StacNodeViewProps, StacNodeViewState>
  implements HookFreeWidgetState
{
  static override contextType = StacRendererContext;
  declare context: ContextType<typeof StacRendererContext>;
  // One shared initial state, and retry bound only for a node that failed: thousands of nodes allocate
  // nothing of their own here. React never mutates a state object; it replaces it.
  override state: StacNodeViewState = HEALTHY;

  static getDerivedStateFromError(error: unknown): Partial<StacNodeViewState> {
    return { problem: { code: 'render_error', path: '', message: describeThrown(error) } };
  }

  static getDerivedStateFromProps(
    props: StacNodeViewProps,
    state: StacNodeViewState,
  ): Partial<StacNodeViewState> | null {
    if (state.problem === null) return null;
    if (state.failedWith === null) return { failedWith: { node: props.node } };
    // A new node object at this place (a new document, a re-parsed one) gets another chance.
    if (!Object.is(state.failedWith.node, props.node)) return { problem: null, failedWith: null };
    return null;
  }

  override shouldComponentUpdate(next: StacNodeViewProps, nextState: StacNodeViewState): boolean {
    return next.node !== this.props.node || next.path !== this.props.path || nextState !== this.state;
  }

  override componentDidCatch(error: unknown): void {
    const widgetType = isNodeLike(this.props.node) ? this.props.node.type : undefined;
    this.context?.reportProblem({
      code: 'render_error',
      path: this.props.path,
      message: `${widgetType ? `Widget "${widgetType}"` : 'This part of the document'} failed to render: ${describeThrown(error)}`,
      widgetType,
    });
  }

  private boundRetry: (() => void) | undefined;
  /** The binding of a node with templates, made when it first renders one; static nodes have none. */
  private binding: NodeBinding | null = null;
  /** Whether the last render drew from `binding` (a new static node object leaves it unused). */
  private bindingUsed = false;

  override componentDidMount(): void {
    this.afterCommit();
  }

  override componentDidUpdate(): void {
    this.afterCommit();
  }

  override componentWillUnmount(): void {
    this.binding?.dispose();
    // Disposed, not dropped: StrictMode mounts a node view again, and its children subscribe again then.
    if (this.inlined !== null) for (const child of this.inlined) child.dispose();
  }

  /** Subscribes the binding to what this render read; a node that no longer needs one lets it go. */
  private afterCommit(): void {
    if (this.inlined !== null) this.commitInlined();
    if (!this.binding) return;
    if (this.bindingUsed) {
      this.binding.committed();
    } else {
      this.binding.dispose();
      this.binding = null;
    }
  }

  /** The children this render drew inline subscribe; those it no longer draws let their bindings go. */
  private commitInlined(): void {
    const inlined = this.inlined!;
    const count = this.inlineCount;
    for (let index = 0; index < inlined.length; index += 1) {
      if (index < count) inlined[index].committed();
      else inlined[index].dropBinding();
    }
    inlined.length = count;
    if (this.retired !== null) for (const child of this.retired) child.dropBinding();
    this.retired = null;
  }

  /** Children drawn inline by this node's render (inlineChild), in the order it drew them. */
  private inlined: InlineChild[] | null = null;
  private inlineCount = 0;
  /** Inline children replaced during a render, let go when it commits. */
  private retired: InlineChild[] | null = null;

  /**
   * Renders a child node inside this node's render, with no fiber of its own: a built-in hook-free widget
   * whose node binds cleanly (no template problem, within the budget). Its binding is held here and wakes
   * this node. Anything else, or a widget that throws, returns undefined and renders as a node view of its
   * own, which shows its problem or failure as it always does (so a failing child never blanks its
   * siblings).
   */
  inlineChild(child: unknown, path: string, key?: number): ReactNode | undefined {
    const renderer = this.context;
    if (renderer === null || !isNodeLike(child) || isInvalidMarker(child)) return undefined;
    const component = lookUpWidget(renderer, child.type);
    if (component === null || !isHookFreeWidget(component) || !renderer.isBuiltInWidget(component)) {
      return undefined;
    }
    const index = this.inlineCount++;
    const inlined = (this.inlined ??= []);
    let holder = inlined[index];
    if (holder === undefined || holder.path !== path) {
      if (holder !== undefined) (this.retired ??= []).push(holder);
      holder = inlined[index] = new InlineChild(this, path);
    }
    const node = this.inlineNode(holder, child, renderer);
    if (node === null) {
      holder.drawn = NOT_DRAWN;
      return undefined;
    }
    if (this.drawsAsBefore(holder, node, renderer, index)) {
      // Its own inline children (a button's label) are as they were too: they keep their places.
      this.inlineCount = index + 1 + holder.nested;
      return holder.drawn as ReactNode;
    }
    let drawn: ReactNode;
    try {
      drawn = callHookFreeWidget(component, { node, path }, holder);
    } catch {
      holder.dropBinding();
      holder.drawn = NOT_DRAWN;
      return undefined;
    }
    // An element of a list without a key is matched by its place, as `key={index}` matches it; only React's
    // development build, which freezes its elements, warns about it: there alone it gets the key (a copy).
    if (key !== undefined && isValidElement(drawn) && Object.isFrozen(drawn)) {
      drawn = cloneElement(drawn, { key });
    }
    holder.drawn = drawn;
    holder.drawnFrom = node;
    holder.drawnState = holder.widgetState;
    holder.drawnIn = renderer;
    holder.source = child;
    holder.nested = this.inlineCount - index - 1;
    return drawn;
  }

  /**
   * Whether the inline child at `index` would draw what it drew last: its node (the same object while
   * nothing it reads changed), its state and the renderer context are unchanged, and so are those of the
   * inline children it drew (a button's label, bound again here).
   */
  private drawsAsBefore(
    holder: InlineChild,
    node: StacNode,
    renderer: StacRendererContextValue,
    index: number,
  ): boolean {
    if (holder.drawn === NOT_DRAWN || holder.drawnFrom !== node) return false;
    if (holder.drawnState !== holder.widgetState || holder.drawnIn !== renderer) return false;
    const inlined = this.inlined!;
    for (let at = index + 1; at <= index + holder.nested; at += 1) {
      const nested = inlined[at];
      if (nested === undefined || nested.drawn === NOT_DRAWN || nested.source === null) return false;
      if (nested.drawnState !== nested.widgetState || nested.drawnIn !== renderer) return false;
      if (this.inlineNode(nested, nested.source, renderer) !== nested.drawnFrom) return false;
    }
    return true;
  }

  /** The inline child's props: coerced once if static, bound if not; null when it must draw on its own. */
  private inlineNode(
    holder: InlineChild,
    child: StacNode,
    renderer: StacRendererContextValue,
  ): StacNode | null {
    const staticNode = staticNodeOf(child, renderer.plans);
    if (staticNode !== null) {
      holder.dropBinding();
      return staticNode;
    }
    holder.binds = true;
    try {
      const bound = holder.bind(renderer, child);
      const clean =
        bound.overBudget === null &&
        bound.errors.length === 0 &&
        (renderer.mode !== 'preview' || bound.unbound.length === 0);
      if (clean) return bound.node;
    } catch {
      // Its own node view reports it.
    }
    holder.dropBinding();
    return null;
  }

  get widgetState(): unknown {
    return this.state.widgetState;
  }

  setWidgetState(value: unknown): void {
    this.setState({ widgetState: value });
  }

  /** The same function for as long as this node lives, made the first time a failure needs it. */
  private get retry(): () => void {
    return (this.boundRetry ??= () => this.setState(HEALTHY));
  }

  override render(): ReactNode {
    this.inlineCount = 0;
    const renderer = this.context;
    if (!renderer) throw new Error(outsideStacView('StacNodeView'));
    const { node, path } = this.props;
    if (node === null || node === undefined) return null;
    if (!isNodeLike(node)) {
      return (
        <NodeProblem
          problem={{ code: 'invalid_node', path, message: 'Expected a widget object with a "type".' }}
        />
      );
    }
    if (this.state.problem !== null) {
      return (
        <RetryOnScopeChange
          problem={this.state.problem}
          path={path}
          widgetType={node.type}
          mode={renderer.mode}
          retry={this.retry}
        />
      );
    }
    if (isInvalidMarker(node)) return <NodeProblem problem={problemOfMarker(node, path)} />;
    const component = lookUpWidget(renderer, node.type);
    if (!component) {
      // A vocabulary type the host's registry leaves out is not the author's typo: say so differently.
      const message = VOCABULARY.has(node.type)
        ? `Widget "${node.type}" is not available in this app`
        : `Unknown widget "${node.type}"`;
      return <NodeProblem problem={{ code: 'unknown_widget', path, message, widgetType: node.type }} />;
    }
    // Most nodes of a document carry no template: they render straight from their (once coerced) props,
    // without a binding, a subscription or effects of their own.
    const staticNode = staticNodeOf(node, renderer.plans);
    const Widget = component;
    let widget: ReactNode;
    this.bindingUsed = staticNode === null;
    if (staticNode !== null) {
      widget = widgetElement(Widget, staticNode, path, this);
    } else {
      // Bound here rather than in a component of its own: one fiber per bound node less. Binding never
      // throws by design; should it, this node shows the failure instead of blanking its siblings.
      this.binding ??= new NodeBinding(this);
      let bound: BoundNode;
      try {
        bound = this.binding.bind(renderer, node);
      } catch (error) {
        return (
          <NodeProblem
            problem={{
              code: 'render_error',
              path,
              message: `Widget "${node.type}" could not be bound: ${describeThrown(error)}`,
              widgetType: node.type,
            }}
          />
        );
      }
      widget = boundContent(Widget, bound, node, path, renderer.mode, this);
    }
    // A host's widget may throw; a built-in one renders validated props and does not, and the view's root
    // boundary still holds should one ever do (a boundary per node cost a third of a server render).
    return renderer.suspenseBoundaries && !renderer.isBuiltInWidget(component) ? (
      <Suspense fallback={serverFailure(renderer, node.type, path)}>{widget}</Suspense>
    ) : (
      widget
    );
  }
}

/**
 * Error boundaries do not run in server rendering; a Suspense boundary does catch a throw there: the
 * server emits its fallback (reported as the render error) and the client retries on hydration. A view
 * that hydrates server HTML keeps the same boundaries so that the HTML hydrates boundary for boundary; a
 * view rendered on the client alone leaves them out.
 */
export function serverFailure(
  renderer: StacRendererContextValue,
  widgetType: string | undefined,
  path: string,
): ReactNode {
  if (!renderer.serverRendering) return null;
  return (
    <NodeProblem
      problem={{
        code: 'render_error',
        path,
        message: widgetType
          ? `Widget "${widgetType}" failed to render on the server.`
          : 'The document failed to render on the server.',
        widgetType,
      }}
    />
  );
}

/**
 * Reports what binding a node found wrong: paths without a value (preview only; a withheld one names the
 * permission that would give it) and templates that could not be evaluated. Rendered only when there is
 * something to say, so the nodes that bind cleanly pay for no effect.
 */
function BindingProblems({
  unbound,
  errors,
  path,
  widgetType,
}: {
  unbound: string;
  errors: string;
  path: string;
  widgetType: string;
}) {
  const renderer = useStacRenderer('StacNodeView');
  useEffect(() => {
    if (unbound === '' || renderer.mode !== 'preview') return;
    const withheld = renderer.withheldScope ?? {};
    const missing: string[] = [];
    for (const read of unbound.split(', ')) {
      const root = read.split(/[.[]/)[0];
      // A read the host withheld is empty on purpose: say which permission would give it.
      if (Object.hasOwn(withheld, root)) {
        renderer.reportProblem({
          code: 'ungranted_read',
          path,
          message: `${read} is empty: the plugin does not declare the permission "${withheld[root]}"; add it to "permissions" to read it.`,
          widgetType,
        });
      } else missing.push(read);
    }
    if (missing.length === 0) return;
    renderer.reportProblem({
      code: 'unbound_path',
      path,
      message: `No value for ${missing.join(', ')} in the scope; check the spelling or pass it from the host.`,
      widgetType,
    });
  }, [renderer, unbound, path, widgetType]);

  useEffect(() => {
    if (errors === '') return;
    renderer.reportProblem({
      code: 'invalid_node',
      path,
      message: `Template problem: ${errors}`,
      widgetType,
    });
  }, [renderer, errors, path, widgetType]);
  return null;
}

/**
 * What a bound node renders: its widget with the bound props, and the binding's problems after it if it has
 * any. A node that ran over the render budget shows the budget notice instead of its widget.
 */
function boundContent(
  Widget: StacWidgetComponent,
  bound: BoundNode,
  node: StacNode,
  path: string,
  mode: StacRenderMode,
  holder: HookFreeWidgetState,
): ReactNode {
  const content =
    bound.overBudget !== null ? (
      <NodeProblem
        problem={{ code: 'render_budget_exceeded', path, message: bound.overBudget, widgetType: node.type }}
      />
    ) : (
      widgetElement(Widget, bound.node, path, holder)
    );
  const unbound = mode === 'preview' && bound.unbound.length > 0 ? bound.unbound.join(', ') : '';
  const errors = bound.errors.length > 0 ? bound.errors.join('; ') : '';
  if (unbound === '' && errors === '') return content;
  // The widget stays first, so it keeps its place (and its state) when a problem comes or goes, and a node
  // that binds cleanly renders its widget alone, not in a list of two.
  return (
    <>
      {content}
      <BindingProblems unbound={unbound} errors={errors} path={path} widgetType={node.type} />
    </>
  );
}

/** A thrown error, thrown again as this node's child: the node's own boundary catches it. */
function Rethrow({ error }: { error: unknown }): never {
  throw error;
}

/**
 * The widget of a node: a hook-free widget (hookFreeWidgets.ts) is called here, in the node view's render,
 * which saves its fiber; should it throw, the error is thrown again by a child, so that this node shows the
 * failure and its siblings stay, as when the widget renders as an element of its own.
 */
function widgetElement(
  Widget: StacWidgetComponent,
  node: StacNode,
  path: string,
  holder: HookFreeWidgetState,
): ReactNode {
  if (!isHookFreeWidget(Widget)) return <Widget node={node} path={path} />;
  try {
    return callHookFreeWidget(Widget, { node, path }, holder);
  } catch (error) {
    return <Rethrow error={error} />;
  }
}

/**
 * StacChildren for a widget that renders the list with no provider around it (a row or column whose children
 * never ask for their flex parent): each child that can is drawn in the calling node view's render, with no
 * fiber of its own (StacNodeView.inlineChild); the others as node views. An item of a long list of columns
 * of texts, images and buttons is then one component instead of six.
 */
export function StacInlineChildren({ nodes, path }: { nodes: unknown; path: string }) {
  if (!Array.isArray(nodes)) return null;
  return nodes.map((child: unknown, index) => {
    const childPath = `${path}[${index}]`;
    // Keyed by place as a node view is, so that a child keeps its element while it stays inline.
    const inline = inlineChild(child, childPath, index);
    return inline === undefined ? <StacNodeView key={index} node={child} path={childPath} /> : inline;
  });
}

/** Renders a nested widget value (`child`, `title`, ...). Absent values render nothing. */
export function StacChild({ node, path }: { node: unknown; path: string }) {
  if (node === null || node === undefined) return null;
  return <StacNodeView node={node} path={path} />;
}

/**
 * Renders a list of widgets (`children`, `actions`, ...); `path` is the list's path (`ui.children`). It
 * returns a plain array, so the built-in widgets can call it as a function (`{StacChildren({...})}`) and a
 * list costs no fiber of its own.
 */
export function StacChildren({ nodes, path }: { nodes: unknown; path: string }) {
  if (!Array.isArray(nodes)) return null;
  return nodes.map((child: unknown, index) => (
    <StacNodeView key={index} node={child} path={`${path}[${index}]`} />
  ));
}
