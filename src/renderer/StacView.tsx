/**
 * <StacView>: renders one untrusted STAC document. It parses the JSON leniently (memoized per document),
 * provides the scope store, theme, form scope and action dispatch to the node tree, isolates failures per
 * document and per node, and reports every problem to the host.
 */
import {
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { StacRenderMode, StacRenderProblem, StacScope, StacWidgetRegistry } from './contract';
import type { StacLimits, StacNode, ParseStacResult } from '../stac-schema/types';
import { WIDGET_TYPES, coerceWidgetProps, unwrapPluginUi } from '../stac-schema';
import { parseDocumentCached } from './parseDocumentCached';
import { dispatch, defaultActionRegistry, type ActionRegistry } from '../actions';
import type { ActionContext, ActionErrorEvent, HostServices } from '../actions/types';
import { bindValue, RenderBudget, type RenderBudgetLimits, type TemplateHelperRegistry } from './template';
import { STAC_THEME_CSS, resolveTheme, themePresetOf, themeToCssVariables, type StacTheme } from './theme';
import { defaultWidgetRegistry } from './registry';
import { ScopeStore } from './scopeStore';
import {
  StacRendererContext,
  StacScopeStoreContext,
  type BoundNode,
  type LocalAccess,
  type StacDispatchExtra,
  type StacRendererContextValue,
} from './StacRendererContext';
import { StacErrorBoundary } from './StacErrorBoundary';
import { StacNodeView } from './StacNodeView';
import { StacFormScope } from './StacFormScope';
import { StacThemeContext } from './useStacTheme';
import { variableAccessOf } from './StacVariableScope';
import { createDefaultHostServices } from './defaultHostServices';
import { StacActionNotices, type StacActionNotice } from './StacActionNotices';
import { StacOverlayHost } from './overlays';
import { FlexParentContext, StacRequestContext, rootFlexParent } from './widgets';
import { createWidgetRequestRunner } from './widgetRequestRunner';

export type StacThemeInput = 'light' | 'dark' | StacTheme | Record<string, unknown>;

export interface StacViewProps {
  /**
   * The document: unknown JSON (a plugin's `ui`, also still wrapped as `{ ui: {...} }` or inside its whole
   * plugin record) or an already parsed StacNode.
   */
  document: unknown;
  /** Data templates bind against: `asset`, `user`, `plugin`, `slot`, and anything the host adds. */
  scope?: StacScope;
  /**
   * Widget components by type; default `defaultWidgetRegistry`. Extend it with `createWidgetRegistry`. A
   * registry rebuilt on each render with the same components counts as the same; one with another component
   * re-renders the whole document.
   */
  registry?: StacWidgetRegistry;
  /** `preview` shows compact fallbacks and action notices; `production` (default) renders quietly. */
  mode?: StacRenderMode;
  theme?: StacThemeInput;
  /** Host implementations of navigate, notify, dialogs, fetch...; safe no-op defaults otherwise. */
  services?: Partial<HostServices>;
  actions?: ActionRegistry;
  /**
   * Problems of the current document, each (code, path, message) reported once: nodes that could not render
   * (`unknown_widget`, `invalid_node`, `render_error`), unbound template paths (preview only), failed actions
   * (`action_error`, on every failure), and what the lenient parser found. Parser errors (a malformed action
   * it dropped, so a button does nothing; an invalid node) come as `invalid_node` in every mode, with the
   * issue's JSON path, message and `issueCode`. Parser warnings (an unknown action type, a dropped
   * `__proto__` key; unknown properties are checked by strict parsing only) come as `document_warning` with
   * `severity: 'warning'`, in preview mode only: the document's author can act on them, a production
   * host's users cannot. Unknown widgets are reported by their node. At most 100 parser issues are reported
   * per document. A throwing callback is ignored.
   */
  onProblem?(problem: StacRenderProblem): void;
  onActionError?(event: ActionErrorEvent): void;
  onDispatch?: ActionContext['onDispatch'];
  limits?: Partial<StacLimits>;
  /**
   * What all templates of the document may spend together per view: template steps, output characters,
   * `#each` iterations and milliseconds (DEFAULT_RENDER_BUDGET). Nodes past the budget are not rendered:
   * a compact notice in preview, nothing in production, reported as `render_budget_exceeded`. Read when
   * a document is first shown.
   */
  renderBudget?: Partial<RenderBudgetLimits>;
  /** Extra template helpers (a registry from `createHelperRegistry`); compared by entries like `registry`. */
  helpers?: TemplateHelperRegistry;
  /** Prefix of JSON paths in reports, default `ui` (as in a plugin record). */
  rootPath?: string;
  className?: string;
  style?: CSSProperties;
  /**
   * Scope roots withheld from this document (root -> the permission that would give it, e.g.
   * `{ user: 'user:read' }`): they are never bound, and in preview each read of one is reported as
   * `ungranted_read` naming the permission. Slots derive it from the plugin's declared permissions.
   */
  withheldScope?: Readonly<Record<string, string>>;
  /** Internal: set by renderStacToString. */
  serverRendering?: boolean;
}

const VOCABULARY: ReadonlySet<string> = new Set(WIDGET_TYPES);
const EMPTY_SCOPE: StacScope = Object.freeze({}) as StacScope;
const MAX_NOTICES = 3;
const MAX_REPORTED_ISSUES = 100;

/**
 * What a successful lenient parse found, as host problems: errors always (they change what renders or what
 * a button does), warnings in preview only. `unknown_widget` issues are left to the node, which reports them
 * with the node's own path when it renders.
 */
function parseIssueProblems(issues: ParseStacResult['issues'], mode: StacRenderMode): StacRenderProblem[] {
  const problems: StacRenderProblem[] = [];
  let skipped = 0;
  for (const issue of issues) {
    if (issue.code === 'unknown_widget') continue;
    if (issue.severity === 'warning' && mode !== 'preview') continue;
    if (problems.length >= MAX_REPORTED_ISSUES) {
      skipped += 1;
      continue;
    }
    problems.push(
      issue.severity === 'error'
        ? {
            code: 'invalid_node',
            path: issue.path,
            message: issue.message,
            issueCode: issue.code,
            severity: 'error',
          }
        : {
            code: 'document_warning',
            path: issue.path,
            message: issue.message,
            issueCode: issue.code,
            severity: 'warning',
          },
    );
  }
  if (skipped > 0) {
    const first = problems[0];
    problems.push({
      code: first.code,
      path: first.path,
      message: `${skipped} more issues were not reported; validate the document (stac-web validate) to see them all.`,
      severity: first.severity,
    });
  }
  return problems;
}
let documentGeneration = 0;

/** The scope without withheld roots: what a plugin was not granted never reaches its templates. */
function withoutRoots(scope: StacScope, withheld: Readonly<Record<string, string>> | undefined): StacScope {
  if (!withheld) return scope;
  const keys = Object.keys(scope);
  if (!keys.some((key) => Object.hasOwn(withheld, key))) return scope;
  const result: StacScope = {};
  for (const key of keys) if (!Object.hasOwn(withheld, key)) result[key] = scope[key];
  return result;
}

function problemKey(problem: StacRenderProblem): string {
  return `${problem.code}\u0000${problem.path}\u0000${problem.message}`;
}

/** Parses (lenient) once per distinct document, limits and registered types. */
function useParsedDocument(
  document: unknown,
  limits: Partial<StacLimits> | undefined,
  registry: StacWidgetRegistry,
  actions: ActionRegistry,
  rootPath: string,
): ParseStacResult {
  const limitsKey = limits ? JSON.stringify(limits) : '';
  // Only types outside the vocabulary are "extra": a host's own `text` is still validated as a `text`.
  const widgetTypesKey = Object.keys(registry)
    .filter((type) => !VOCABULARY.has(type))
    .join(',');
  const actionTypesKey = [...actions.actionTypes, ...actions.methodNames].join(',');
  return useMemo(
    () =>
      // A whole plugin record, or the backend's `{ ui: { ui: ... } }`, is its `ui`: a host that passes what
      // the API returned must not get "a widget needs a type". Objects only, so the parse cache still hits.
      parseDocumentCached(typeof document === 'object' ? unwrapPluginUi(document) : document, {
        mode: 'lenient',
        limits: limitsKey === '' ? undefined : (JSON.parse(limitsKey) as Partial<StacLimits>),
        rootPath,
        extraWidgetTypes: widgetTypesKey === '' ? [] : widgetTypesKey.split(','),
        extraActionTypes: actionTypesKey === '' ? [] : actionTypesKey.split(','),
      }),
    [document, limitsKey, widgetTypesKey, actionTypesKey, rootPath],
  );
}

export function StacView(props: StacViewProps) {
  const {
    document,
    scope: scopeProp = EMPTY_SCOPE,
    registry: registryProp = defaultWidgetRegistry,
    mode = 'production',
    theme,
    actions = defaultActionRegistry,
    limits,
    helpers: helpersProp,
    rootPath = 'ui',
    className,
    style,
    serverRendering = false,
  } = props;
  const withheldKey = props.withheldScope ? JSON.stringify(props.withheldScope) : '';
  const withheldScope = useMemo(
    () => (withheldKey === '' ? undefined : (JSON.parse(withheldKey) as Record<string, string>)),
    [withheldKey],
  );
  const scope = useMemo(() => withoutRoots(scopeProp, withheldScope), [scopeProp, withheldScope]);

  // Callbacks and services are read through a ref so that inline props from the host never change the
  // context value (which would re-render every node).
  const latest = useRef(props);
  latest.current = props;
  // A registry or helper table rebuilt with the same entries on every host render is the same table: it must
  // not re-render every node.
  const registry = useSameEntries(registryProp);
  const helpers = useSameEntries(helpersProp);

  const parsed = useParsedDocument(document, limits, registry, actions, rootPath);
  // An inline theme object from the host must not re-render every theme consumer on each host render.
  const themeKey = typeof theme === 'object' && theme !== null ? JSON.stringify(theme) : (theme ?? 'light');
  const resolvedTheme = useMemo(() => {
    const input: unknown = themeKey.startsWith('{') ? JSON.parse(themeKey) : themeKey;
    return isStacTheme(input) ? input : resolveTheme(input);
  }, [themeKey]);
  // One store per document: a new document (another plugin, a new version) starts without the variables
  // and form values of the previous one. The host scope is carried over through `latest`.
  // The render budget is per document too: a new document starts with all of it.
  const documentRef = useRef<{
    parsed: ParseStacResult;
    store: ScopeStore;
    generation: number;
    budget: RenderBudget;
  } | null>(null);
  if (documentRef.current === null || documentRef.current.parsed !== parsed) {
    documentRef.current = {
      parsed,
      store: new ScopeStore({ scope }),
      generation: ++documentGeneration,
      budget: new RenderBudget(props.renderBudget),
    };
  }
  const documentState = documentRef.current;
  const { store } = documentState;
  const [notices, setNotices] = useState<StacActionNotice[]>([]);
  const reported = useRef(new Set<string>());
  const noticeCounter = useRef(0);

  useLayoutEffect(() => {
    store.setHostScope(scope);
  }, [store, scope]);

  // A new document starts a new report; done during render so that effects of the new tree report into it.
  const reportedFor = useRef(parsed);
  if (reportedFor.current !== parsed) {
    reportedFor.current = parsed;
    reported.current = new Set();
  }

  const reportProblem = useCallback((problem: StacRenderProblem) => {
    const key = problemKey(problem);
    if (reported.current.has(key)) return;
    reported.current.add(key);
    try {
      latest.current.onProblem?.(problem);
    } catch {
      // A failing host callback must not turn one reported problem into a broken view.
    }
  }, []);

  const showNotice = useCallback((message: string) => {
    const id = ++noticeCounter.current;
    setNotices((current) => [...current, { id, message }].slice(-MAX_NOTICES));
  }, []);

  const dismissNotice = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);

  const budgetRef = useRef(documentState.budget);
  budgetRef.current = documentState.budget;
  const bindNode = useCallback(
    (node: StacNode, nodeScope: StacScope, budgetSlot?: object): BoundNode => {
      // The node object itself is always bound; nested widgets and actions inside it are left as they are.
      const result = budgetSlot
        ? budgetRef.current.spend(budgetSlot, (meter) => bindValue(node, nodeScope, { helpers, meter }))
        : bindValue(node, nodeScope, { helpers });
      const overBudget = result.errors.find((error) => error.code === 'budget_exceeded')?.message ?? null;
      const bound = result.value === node ? node : result.value;
      const coerced = coerceWidgetProps(node.type, bound) as StacNode;
      return {
        node: coerced.type === node.type ? coerced : { ...coerced, type: node.type },
        reads: result.reads,
        unbound: result.unbound,
        errors: result.errors
          .filter((error) => error.code !== 'budget_exceeded')
          .map((error) => error.message),
        overBudget,
      };
    },
    [helpers],
  );
  const releaseBudget = useCallback((budgetSlot: object) => budgetRef.current.release(budgetSlot), []);

  const runAction = useCallback(
    (action: unknown, path: string, extra: StacDispatchExtra | undefined, local: LocalAccess) => {
      const host = latest.current;
      const currentMode = host.mode ?? 'production';
      const handleError = (event: ActionErrorEvent) => {
        const withPath = event.path === undefined ? { ...event, path } : event;
        try {
          host.onActionError?.(withPath);
          host.onProblem?.({ code: 'action_error', path: withPath.path ?? path, message: withPath.message });
        } catch {
          // A failing host callback must not escape into React.
        }
        if (currentMode === 'preview') showNotice(withPath.message);
      };
      const baseScope = local.store.getScope();
      const context: ActionContext = {
        scope: extra?.scope ? { ...baseScope, ...extra.scope } : baseScope,
        // Overlay services already defer to the host's own dialog/snack bar/notify and wrap its navigate.
        services: {
          ...createDefaultHostServices(baseScope),
          ...host.services,
          ...(local.overlayServices ?? {}),
        },
        bind: (value, bindScope) => bindValue(value, bindScope, { deep: true, helpers: host.helpers }).value,
        form: local.form ?? undefined,
        variables: variableAccessOf(local.store),
        path,
        signal: extra?.signal,
        onError: handleError,
        onDispatch: host.onDispatch,
      };
      void dispatch(action, context, host.actions ?? defaultActionRegistry).catch((error: unknown) => {
        handleError({
          code: 'handler_failed',
          message: error instanceof Error ? error.message : String(error),
          path,
        });
      });
    },
    [showNotice],
  );

  // A host (or a test) may provide its own request runner around the view; otherwise requests follow the
  // action registry's URL policy and the host's fetch service, both read when a request runs: a host that
  // rebuilds its action registry or services on every render must not make every data widget fetch again.
  const outerRequestRunner = useContext(StacRequestContext);
  const requestRunner = useMemo(
    () =>
      outerRequestRunner ??
      createWidgetRequestRunner({
        actions: () => latest.current.actions ?? defaultActionRegistry,
        services: () => ({ ...createDefaultHostServices(store.getScope()), ...latest.current.services }),
      }),
    [outerRequestRunner, store],
  );

  // Whether this view began by hydrating server HTML (or renders on the server) is fixed for its life:
  // the per-node Suspense boundaries that server HTML has must stay to hydrate it, and leaving them out
  // later would remount every node.
  const hydrating = useSyncExternalStore(subscribeToNothing, notHydrating, hydratingOrServer);
  const [startedFromServerHtml] = useState(hydrating);
  const suspenseBoundaries = serverRendering || startedFromServerHtml;

  // Parser issues of a document that did render (a fatal parse reports through DocumentProblems). Reported
  // after the nodes' own reports, so an invalid node keeps the report that names its widget type; the
  // server has no effects, so it reports during render.
  const issueProblems = useMemo(
    () => (parsed.ok ? parseIssueProblems(parsed.issues, mode) : []),
    [parsed, mode],
  );
  useEffect(() => {
    for (const problem of issueProblems) reportProblem(problem);
  }, [issueProblems, reportProblem]);
  if (serverRendering) for (const problem of issueProblems) reportProblem(problem);

  const rendererContext = useMemo<StacRendererContextValue>(
    () => ({
      registry,
      mode,
      reportProblem,
      bindNode,
      releaseBudget,
      runAction,
      serverRendering,
      suspenseBoundaries,
      withheldScope,
    }),
    [
      registry,
      mode,
      reportProblem,
      bindNode,
      releaseBudget,
      runAction,
      serverRendering,
      suspenseBoundaries,
      withheldScope,
    ],
  );

  // The built-in themes come from the shared stylesheet; only a custom theme is written inline.
  const themePreset = themePresetOf(resolvedTheme);
  const themeStyle = useMemo<CSSProperties | undefined>(
    () =>
      themePreset
        ? style
        : { ...themeToCssVariables(resolvedTheme), colorScheme: resolvedTheme.brightness, ...style },
    [themePreset, resolvedTheme, style],
  );

  const rootParent = useMemo(() => rootFlexParent(rootPath), [rootPath]);
  let content: ReactNode;
  if (parsed.ok) {
    content = (
      <StacErrorBoundary path={rootPath} mode={mode} reportProblem={reportProblem} resetKey={parsed.document}>
        <FlexParentContext.Provider value={rootParent}>
          <StacNodeView node={parsed.document} path={rootPath} />
        </FlexParentContext.Provider>
      </StacErrorBoundary>
    );
  } else {
    content = (
      <DocumentProblems
        issues={parsed.issues}
        mode={mode}
        report={reportProblem}
        serverRendering={serverRendering}
      />
    );
  }

  return (
    <div
      className={className ? `stac-view ${className}` : 'stac-view'}
      data-stac-view=""
      data-stac-mode={mode}
      data-stac-theme={resolvedTheme.brightness}
      data-stac-theme-preset={themePreset ?? undefined}
      style={themeStyle}
    >
      <style href="stac-theme" precedence="stac">
        {STAC_THEME_CSS}
      </style>
      <StacThemeContext.Provider value={resolvedTheme}>
        <StacRendererContext.Provider value={rendererContext}>
          <StacScopeStoreContext.Provider value={store}>
            <StacFormScope key={documentState.generation}>
              <StacRequestContext.Provider value={requestRunner}>
                <StacOverlayHost services={props.services}>{content}</StacOverlayHost>
              </StacRequestContext.Provider>
            </StacFormScope>
          </StacScopeStoreContext.Provider>
        </StacRendererContext.Provider>
      </StacThemeContext.Provider>
      {mode === 'preview' && notices.length > 0 ? (
        <StacActionNotices notices={notices} onDismiss={dismissNotice} />
      ) : null}
    </div>
  );
}

/** `value`, or the previous value while it has exactly the same own keys and values. */
function useSameEntries<T extends object | undefined>(value: T): T {
  const previous = useRef(value);
  if (previous.current !== value && !sameEntries(previous.current, value)) previous.current = value;
  return previous.current;
}

function sameEntries(a: object | undefined, b: object | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(b, key) && aRecord[key] === bRecord[key]);
}

const subscribeToNothing = () => () => undefined;
const notHydrating = () => false;
const hydratingOrServer = () => true;

function isStacTheme(value: unknown): value is StacTheme {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<StacTheme>;
  return (
    (candidate.brightness === 'light' || candidate.brightness === 'dark') &&
    typeof candidate.colors === 'object' &&
    typeof candidate.textStyles === 'object' &&
    typeof candidate.fontFamily === 'string'
  );
}

const panelStyle: CSSProperties = {
  padding: '8px 12px',
  border: '1px solid var(--stac-color-error, #b3261e)',
  borderRadius: 6,
  color: 'var(--stac-color-onErrorContainer, #410e0b)',
  background: 'var(--stac-color-errorContainer, #f9dedc)',
  font: '13px/1.4 system-ui, sans-serif',
};

const MAX_LISTED_ISSUES = 5;

/** Shown when the document cannot be rendered at all (not JSON, not a widget, over a limit). */
function DocumentProblems({
  issues,
  mode,
  report,
  serverRendering,
}: {
  issues: ParseStacResult['issues'];
  mode: StacRenderMode;
  report(problem: StacRenderProblem): void;
  serverRendering: boolean;
}) {
  const problems = useMemo(() => {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const shown = errors.length > 0 ? errors : issues;
    return (shown.length > 0 ? shown : [{ path: 'ui', message: 'The document could not be rendered.' }]).map(
      (issue): StacRenderProblem =>
        'code' in issue
          ? { code: 'invalid_node', path: issue.path, message: issue.message, issueCode: issue.code }
          : { code: 'invalid_node', path: issue.path, message: issue.message },
    );
  }, [issues]);
  useEffect(() => {
    for (const problem of problems) report(problem);
  }, [problems, report]);
  if (serverRendering) for (const problem of problems) report(problem);
  if (mode !== 'preview') return null;
  return (
    <div role="alert" data-stac-document-error="" style={panelStyle}>
      <strong>This plugin view cannot be shown.</strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
        {problems.slice(0, MAX_LISTED_ISSUES).map((problem) => (
          <li key={problemKey(problem)}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > MAX_LISTED_ISSUES ? <div>and {problems.length - MAX_LISTED_ISSUES} more</div> : null}
    </div>
  );
}
