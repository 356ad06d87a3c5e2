/**
 * <StacView>: renders one untrusted STAC document. Each job has its own module under `view/`, readable one at
 * a time: the parse cache (useParsedDocument), the theme (useViewTheme), the scope store per document
 * (useDocumentStore), problem reports (problemReporter), action dispatch (runAction) and its notices
 * (useActionNotices), binding (bindFunctions), data requests (requestRunner), and the host-replaceable views
 * (StacViews). This component wires them into the contexts the node tree reads, with as few hooks as it can:
 * React keeps an object per hook per mount and copies it on every re-render (every host render).
 */
import { Suspense, useLayoutEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { StacRenderMode, StacRenderProblem, StacScope, StacWidgetRegistry } from './contract';
import type { ParseStacResult, StacLimits } from '../stac-schema';
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
import { StacRendererContext, type StacRendererContextValue } from './StacRendererContext';
import { StacErrorBoundary } from './StacErrorBoundary';
import { markHoveredControl, useStacRequest } from './widgets';
import { StacNodeView, serverFailure } from './StacNodeView';
import { FormRegistry, useNearestForm } from './StacFormScope';
import { StacThemeSource } from './themeSource';
import { documentPlansOf } from './parseDocumentCached';
import {
  createViewOverlays,
  overlayLayerOf,
  overlayStateOf,
  type ShownOverlays,
} from './overlays/viewOverlays';
import type { StacViews } from './view/StacViews';
import { defaultStacViews } from './view/defaultViews';
import { DocumentProblems } from './view/DocumentProblems';
import { useSameEntries } from './view/useSameEntries';
import { LatestValue } from './view/useLatest';
import { useParsedDocument } from './view/useParsedDocument';
import { useViewTheme, type StacThemeInput } from './view/useViewTheme';
import { useDocumentStore, type DocumentState } from './view/useDocumentStore';
import { ParseIssueReports, createProblemReporter, parseIssueProblemsOf } from './view/problemReporter';
import { dismissActionNotice, useActionNotices, type SetActionNotices } from './view/useActionNotices';
import { createRunAction } from './view/runAction';
import { bindFunctions } from './view/bindFunctions';
import { createRequestRunner } from './view/requestRunner';
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

interface DocumentContent {
  content: ReactNode;
  /** Parser issues of a document that did render, reported after the document's own (ParseIssueReports). */
  issueProblems: readonly StacRenderProblem[];
}

/**
 * The document under its root error boundary, or what a document that cannot render reports and shows. Keyed
 * by the document's generation: a new document starts without the previous one's state (form values).
 */
function useDocumentContent(
  parsed: ParseStacResult,
  generation: number,
  rootPath: string,
  mode: StacRenderMode,
  rendererContext: StacRendererContextValue,
): DocumentContent {
  return useMemo(() => {
    const { serverRendering, suspenseBoundaries, reportProblem, views } = rendererContext;
    if (!parsed.ok) {
      const content = (
        <DocumentProblems
          key={generation}
          issues={parsed.issues}
          mode={mode}
          report={reportProblem}
          serverRendering={serverRendering}
          View={views.DocumentError}
        />
      );
      return { content, issueProblems: NO_PROBLEMS };
    }
    const root = <StacNodeView node={parsed.document} path={rootPath} />;
    const content = (
      <StacErrorBoundary
        key={generation}
        path={rootPath}
        mode={mode}
        reportProblem={reportProblem}
        resetKey={parsed.document}
      >
        {suspenseBoundaries ? (
          // The server's stand-in for the error boundary above, should a built-in widget ever throw.
          <Suspense fallback={serverFailure(rendererContext, undefined, rootPath)}>{root}</Suspense>
        ) : (
          root
        )}
      </StacErrorBoundary>
    );
    return { content, issueProblems: parseIssueProblemsOf(parsed, mode) };
  }, [parsed, generation, rootPath, mode, rendererContext]);
}

const NO_PROBLEMS: readonly StacRenderProblem[] = Object.freeze([]);

/** One object per distinct withheld table (by its JSON): an inline table keeps the renderer context stable. */
const withheldTables = new Map<string, Readonly<Record<string, string>>>();
function withheldTableOf(
  withheld: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, string>> | undefined {
  if (!withheld) return undefined;
  const key = JSON.stringify(withheld);
  let table = withheldTables.get(key);
  if (!table) {
    if (withheldTables.size >= 64) withheldTables.clear();
    withheldTables.set(key, (table = Object.freeze(JSON.parse(key) as Record<string, string>)));
  }
  return table;
}

/** The scope without withheld roots, one object per host scope and table: what a plugin was not granted never reaches its templates. */
const scopesWithout = new WeakMap<StacScope, { withheld: object; scope: StacScope }>();
function withoutRoots(scope: StacScope, withheld: Readonly<Record<string, string>> | undefined): StacScope {
  if (!withheld) return scope;
  const kept = scopesWithout.get(scope);
  if (kept?.withheld === withheld) return kept.scope;
  const keys = Object.keys(scope);
  let result = scope;
  if (keys.some((key) => Object.hasOwn(withheld, key))) {
    result = {};
    for (const key of keys) if (!Object.hasOwn(withheld, key)) result[key] = scope[key];
  }
  scopesWithout.set(scope, { withheld, scope: result });
  return result;
}

/**
 * What lives as long as one document in one view: its problem reports, action dispatch, overlays (a new
 * document starts with none open) and outermost form scope (a new document forgets the previous one's fields;
 * inside an enclosing form, a view in a host's form widget, its fields register there too).
 */
function useDocumentParts(
  documentState: DocumentState,
  latest: { readonly current: StacViewProps },
  setNotices: SetActionNotices,
  setShownOverlays: (shown: ShownOverlays) => void,
  parentForm: FormRegistry | null,
) {
  return useMemo(
    () => ({
      reportProblem: createProblemReporter(documentState.reported, latest),
      runAction: createRunAction(latest, setNotices),
      overlays: createViewOverlays(setShownOverlays, () => latest.current.services),
      form: new FormRegistry(parentForm),
    }),
    [documentState, latest, setNotices, setShownOverlays, parentForm],
  );
}

export function StacView(props: StacViewProps) {
  const {
    document,
    scope: scopeProp = EMPTY_SCOPE,
    mode = 'production',
    actions = defaultActionRegistry,
    rootPath = 'ui',
    className,
    serverRendering = false,
    sharedStylesheet = true,
  } = props;
  const withheldScope = withheldTableOf(props.withheldScope);
  const scope = withoutRoots(scopeProp, withheldScope);
  const [registry, helpers, hostViews] = useSameEntries(
    props.registry ?? defaultWidgetRegistry,
    props.helpers,
    props.views,
  );
  const views = viewsOf(hostViews);

  const parsed = useParsedDocument(document, props.limits, registry, actions, rootPath);
  const theme = useViewTheme(props.theme, props.style);
  const themeStyle = theme.style;
  const documentState = useDocumentStore(parsed, scope, props.renderBudget);
  const { store, generation } = documentState;
  // What lives as long as the view, in one state hook: the host's latest props (callbacks a host passes
  // inline, onProblem or services, are read through it when they are needed, so a new function on every host
  // render never changes a context value) and the theme source the widgets that read the theme subscribe to.
  const [{ latest, themeSource }] = useState(() => ({
    latest: new LatestValue(props),
    themeSource: new StacThemeSource(theme.theme),
  }));
  // After each commit, in one effect (never during render, which React may repeat or discard): the host's
  // latest props for callbacks, its theme for the widgets that read it and its scope for the store (which
  // wakes the nodes that read a changed value). On mount all three already hold them.
  useLayoutEffect(() => {
    latest.set(props);
    themeSource.set(theme.theme);
    store.setHostScope(scope);
  });
  const [notices, setNotices] = useActionNotices();
  // The view's dialogs, pages and snack bars: no component or effect of their own until the first one opens.
  const [shownOverlays, setShownOverlays] = useState<ShownOverlays | null>(null);
  const parentForm = useNearestForm();
  const parts = useDocumentParts(documentState, latest, setNotices, setShownOverlays, parentForm);
  const { reportProblem, overlays } = parts;
  const outerRequestRunner = useStacRequest();
  const startedFromServerHtml = useStartedFromServerHtml();
  const suspenseBoundaries = serverRendering || startedFromServerHtml;

  // The binding functions and the context value in one memo: whatever changes the one changes the other.
  const rendererContext = useMemo<StacRendererContextValue>(() => {
    const { bindNode, releaseBudget, plans } = bindFunctions(
      helpers,
      documentState.budget,
      documentPlansOf(documentState.parsed),
    );
    return {
      registry,
      store: documentState.store,
      mode,
      views,
      reportProblem: parts.reportProblem,
      bindNode,
      releaseBudget,
      plans,
      runAction: parts.runAction,
      requestRunner: createRequestRunner(outerRequestRunner, documentState.store, latest),
      overlayController: parts.overlays.controller,
      serverRendering,
      suspenseBoundaries,
      isBuiltInWidget,
      withheldScope,
      rootPath,
      theme: themeSource,
      form: parts.form,
    };
  }, [
    registry,
    helpers,
    documentState,
    outerRequestRunner,
    latest,
    mode,
    views,
    parts,
    serverRendering,
    suspenseBoundaries,
    withheldScope,
    rootPath,
    themeSource,
  ]);

  const { content, issueProblems } = useDocumentContent(parsed, generation, rootPath, mode, rendererContext);
  // The server has no effects: there the parser's issues are reported during render.
  if (serverRendering) for (const problem of issueProblems) reportProblem(problem);
  const overlayState = overlayStateOf(overlays, shownOverlays);
  const { brightness } = theme.theme;
  const { ActionNotices } = views;
  // The same elements while none of their inputs changed: a host render that only changes the scope (a price
  // of one item) re-renders this component, and React skips everything below it, the view's own box too, down
  // to the nodes that read the changed value (woken by the store after commit).
  return useMemo(() => {
    const viewClass = className ? `stac-view ${className}` : 'stac-view';
    // The document sits straight in the view's box, no wrapper of its own: while an in-place page shows, the
    // box is hidden (the document kept mounted, so it comes back as it was) and the page stands in its place,
    // in a box of the same class and style beside it; under a dialog the box is inert. Before the first
    // overlay there is no second box; without a page it generates no box of its own (`display: contents`)
    // and only passes the theme and the host's inherited styles to the dialogs and snack bars.
    const pageOpen = overlayState.pages.length > 0;
    const layer = overlayLayerOf(overlays, overlayState);
    // Preview notices of failed actions follow what the author sees: the document, or once an overlay opened,
    // the overlay layer's box (a page's own buttons fail too, and the document's box is hidden or inert then).
    const actionNotices =
      mode === 'preview' && notices.length > 0 ? (
        <ActionNotices notices={notices} onDismiss={(id) => dismissActionNotice(setNotices, id)} />
      ) : null;
    return (
      <>
        {/* Two attributes: the class (`.stac-view`, what the stylesheet and hosts select) and the brightness,
            which picks a built-in theme's variables from the shared stylesheet (a custom theme's are inline
            and win). */}
        <div
          className={viewClass}
          data-stac-theme={brightness}
          style={pageOpen ? { ...themeStyle, display: 'none' } : themeStyle}
          inert={pageOpen || overlayState.dialogs.length > 0}
          onPointerOver={markHoveredControl}
        >
          {sharedStylesheet ? SHARED_STYLE_ELEMENT : null}
          <StacRendererContext.Provider value={rendererContext}>{content}</StacRendererContext.Provider>
          {layer === null ? actionNotices : null}
          {issueProblems.length > 0 && !serverRendering ? (
            <ParseIssueReports problems={issueProblems} report={reportProblem} />
          ) : null}
        </div>
        {layer === null ? null : (
          <div
            className={viewClass}
            data-stac-theme={brightness}
            style={pageOpen ? themeStyle : { ...themeStyle, display: 'contents' }}
            onPointerOver={markHoveredControl}
          >
            <StacRendererContext.Provider value={rendererContext}>{layer}</StacRendererContext.Provider>
            {actionNotices}
          </div>
        )}
      </>
    );
  }, [
    className,
    brightness,
    themeStyle,
    sharedStylesheet,
    rendererContext,
    overlays,
    overlayState,
    content,
    mode,
    notices,
    ActionNotices,
    setNotices,
    issueProblems,
    serverRendering,
    reportProblem,
  ]);
}
