/**
 * <StacView>: renders one untrusted STAC document. Each job has its own module under `view/`, readable one at
 * a time: the parse cache (useParsedDocument), the theme (useResolvedTheme), the scope store per document
 * (useDocumentStore), problem reports (useProblemReporter), action dispatch (useRunAction) and its notices
 * (useActionNotices), data requests (useRequestRunner), and the host-replaceable views (StacViews). This
 * component wires them into the contexts the node tree reads.
 */
import { Suspense, useContext, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { StacRenderMode, StacRenderProblem, StacScope, StacWidgetRegistry } from './contract';
import type { StacLimits } from '../stac-schema';
import {
  defaultActionRegistry,
  type ActionContext,
  type ActionErrorEvent,
  type ActionRegistry,
  type HostServices,
} from '../actions';
import type { RenderBudgetLimits, TemplateHelperRegistry } from './template';
import { defaultWidgetRegistry, isBuiltInWidget } from './registry';
import { SHARED_STYLE_ELEMENT } from './StacSharedStylesheet';
import { themePresetOf } from './theme';
import { StacRendererContext, type StacRendererContextValue } from './StacRendererContext';
import { StacErrorBoundary } from './StacErrorBoundary';
import { StacNodeView, serverFailure } from './StacNodeView';
import { FormRegistry, StacFormContext } from './StacFormScope';
import { StacThemeContext } from './useStacTheme';
import {
  createViewOverlays,
  overlayStateOf,
  withOverlays,
  type ShownOverlays,
} from './overlays/viewOverlays';
import type { StacViews } from './view/StacViews';
import { defaultStacViews } from './view/defaultViews';
import { DocumentProblems } from './view/DocumentProblems';
import { useSameEntries } from './view/useSameEntries';
import { useLatest } from './view/useLatest';
import { useParsedDocument } from './view/useParsedDocument';
import { useResolvedTheme, useThemeStyle, type StacThemeInput } from './view/useResolvedTheme';
import { useDocumentStore } from './view/useDocumentStore';
import { ParseIssueReports, useParseIssueProblems, useProblemReporter } from './view/useProblemReporter';
import { dismissActionNotice, useActionNotices } from './view/useActionNotices';
import { useRunAction } from './view/useRunAction';
import { useBindNode } from './view/useBindNode';
import { useRequestRunner } from './view/useRequestRunner';
import { useStartedFromServerHtml } from './view/useStartedFromServerHtml';

export type { StacThemeInput };

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
  /**
   * Replace the renderer's own views: `Fallback` (a node that cannot render), `DocumentError` (a document
   * that cannot render at all) and `ActionNotices` (failed actions). All show in preview mode only.
   */
  views?: Partial<StacViews>;
  /** Internal: set by renderStacToString. */
  serverRendering?: boolean;
  /**
   * Internal: false leaves the shared stylesheet out of this view (renderStacToString does, unless asked
   * to inline it: a server page carries it once, in its head, through `stacStylesheetHtml()`).
   */
  sharedStylesheet?: boolean;
}

const EMPTY_SCOPE: StacScope = Object.freeze({}) as StacScope;

/** The renderer's own views with the host's replacements, merged once per replacement table. */
const mergedViews = new WeakMap<Partial<StacViews>, StacViews>();
function viewsOf(hostViews: Partial<StacViews> | undefined): StacViews {
  if (hostViews === undefined) return defaultStacViews;
  let views = mergedViews.get(hostViews);
  if (!views) mergedViews.set(hostViews, (views = { ...defaultStacViews, ...hostViews }));
  return views;
}

/** The document under its root error boundary, or what a document that cannot render reports and shows. */
function useDocumentContent(
  parsed: ReturnType<typeof useParsedDocument>,
  rootPath: string,
  mode: StacRenderMode,
  reportProblem: ReturnType<typeof useProblemReporter>,
  rendererContext: StacRendererContextValue,
  views: StacViews,
): ReactNode {
  return useMemo(() => {
    const { serverRendering, suspenseBoundaries } = rendererContext;
    if (!parsed.ok) {
      return (
        <DocumentProblems
          issues={parsed.issues}
          mode={mode}
          report={reportProblem}
          serverRendering={serverRendering}
          View={views.DocumentError}
        />
      );
    }
    const root = <StacNodeView node={parsed.document} path={rootPath} />;
    return (
      <StacErrorBoundary path={rootPath} mode={mode} reportProblem={reportProblem} resetKey={parsed.document}>
        {suspenseBoundaries ? (
          // The server's stand-in for the error boundary above, should a built-in widget ever throw.
          <Suspense fallback={serverFailure(rendererContext, undefined, rootPath)}>{root}</Suspense>
        ) : (
          root
        )}
      </StacErrorBoundary>
    );
  }, [parsed, rootPath, mode, reportProblem, rendererContext, views]);
}

/** The scope without withheld roots: what a plugin was not granted never reaches its templates. */
function withoutRoots(scope: StacScope, withheld: Readonly<Record<string, string>> | undefined): StacScope {
  if (!withheld) return scope;
  const keys = Object.keys(scope);
  if (!keys.some((key) => Object.hasOwn(withheld, key))) return scope;
  const result: StacScope = {};
  for (const key of keys) if (!Object.hasOwn(withheld, key)) result[key] = scope[key];
  return result;
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
    views: viewsProp,
    rootPath = 'ui',
    className,
    style,
    serverRendering = false,
    sharedStylesheet = true,
  } = props;
  const withheldKey = props.withheldScope ? JSON.stringify(props.withheldScope) : '';
  const withheldScope = useMemo(
    () => (withheldKey === '' ? undefined : (JSON.parse(withheldKey) as Record<string, string>)),
    [withheldKey],
  );
  const scope = useMemo(() => withoutRoots(scopeProp, withheldScope), [scopeProp, withheldScope]);

  const registry = useSameEntries(registryProp);
  const helpers = useSameEntries(helpersProp);
  const views = viewsOf(useSameEntries(viewsProp));

  const parsed = useParsedDocument(document, limits, registry, actions, rootPath);
  const resolvedTheme = useResolvedTheme(theme);
  const themePreset = themePresetOf(resolvedTheme);
  const themeStyle = useThemeStyle(resolvedTheme, themePreset, style);
  const documentState = useDocumentStore(parsed, scope, props.renderBudget);
  const { store, generation } = documentState;
  // After each commit, in one effect: the host's latest props for callbacks, and its scope for the store
  // (which wakes the nodes that read a changed value). On mount both already hold them.
  const latest = useLatest(props, () => store.setHostScope(scope));

  const reportProblem = useProblemReporter(documentState.reported, latest);
  const [notices, setNotices] = useActionNotices();
  const runAction = useRunAction(latest, setNotices);
  const { bindNode, releaseBudget } = useBindNode(helpers, documentState.budget);
  const requestRunner = useRequestRunner(store, latest);
  const startedFromServerHtml = useStartedFromServerHtml();
  const suspenseBoundaries = serverRendering || startedFromServerHtml;
  const issueProblems = useParseIssueProblems(parsed, mode, reportProblem, serverRendering);

  // The view's dialogs, pages and snack bars: no component or effect of their own until the first one
  // opens; a new document starts with none open (its stack is new, like its form registry).
  const [shownOverlays, setShownOverlays] = useState<ShownOverlays | null>(null);
  const overlays = useMemo(() => {
    void generation;
    return createViewOverlays(setShownOverlays, () => latest.current.services);
  }, [generation, latest]);
  const rendererContext = useMemo<StacRendererContextValue>(
    () => ({
      registry,
      store,
      mode,
      views,
      reportProblem,
      bindNode,
      releaseBudget,
      runAction,
      requestRunner,
      overlayController: overlays.controller,
      serverRendering,
      suspenseBoundaries,
      isBuiltInWidget,
      withheldScope,
      rootPath,
    }),
    [
      registry,
      store,
      mode,
      views,
      reportProblem,
      bindNode,
      releaseBudget,
      runAction,
      requestRunner,
      overlays,
      serverRendering,
      suspenseBoundaries,
      withheldScope,
      rootPath,
    ],
  );

  const content = useDocumentContent(parsed, rootPath, mode, reportProblem, rendererContext, views);
  // The outermost form scope (getFormValue works for fields outside any `form`), one per document; inside
  // an enclosing form (a view in a host's form widget) its fields register there too.
  const parentForm = useContext(StacFormContext);
  const form = useMemo(() => {
    void generation; // a new document starts without the previous one's fields
    return new FormRegistry(parentForm);
  }, [parentForm, generation]);
  const overlayState = overlayStateOf(overlays, shownOverlays);
  // The same element objects while none of their inputs changed: a host render that only changes the
  // scope (a price of one item) re-renders this component, and React skips everything below it down to the
  // nodes that read the changed value (woken by the store), instead of re-rendering every provider.
  const tree = useMemo(
    () => (
      <StacThemeContext.Provider value={resolvedTheme}>
        <StacRendererContext.Provider value={rendererContext}>
          <StacFormContext.Provider key={generation} value={form}>
            {withOverlays(overlays, overlayState, content)}
          </StacFormContext.Provider>
        </StacRendererContext.Provider>
      </StacThemeContext.Provider>
    ),
    [resolvedTheme, rendererContext, generation, form, overlays, overlayState, content],
  );
  const { ActionNotices } = views;

  return (
    // Two attributes: the class (`.stac-view`, what the stylesheet and hosts select) and the brightness, which
    // picks a built-in theme's variables from the shared stylesheet (a custom theme's are inline and win).
    <div
      className={className ? `stac-view ${className}` : 'stac-view'}
      data-stac-theme={resolvedTheme.brightness}
      style={themeStyle}
    >
      {sharedStylesheet ? SHARED_STYLE_ELEMENT : null}
      {tree}
      {mode === 'preview' && notices.length > 0 ? (
        <ActionNotices notices={notices} onDismiss={(id) => dismissActionNotice(setNotices, id)} />
      ) : null}
      {issueProblems.length > 0 && !serverRendering ? (
        <ParseIssueReports problems={issueProblems} report={reportProblem} />
      ) : null}
    </div>
  );
}
