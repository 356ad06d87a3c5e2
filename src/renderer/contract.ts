/**
 * The contract between the renderer core (StacView, node recursion, binding, scope store) and the widget
 * components registered in it. Widget components import only from here, from `./values` helpers and from
 * `../stac-schema`.
 */
import type { ComponentType } from 'react';
import type { StacIssueCode, StacIssueSeverity, StacNode } from '../stac-schema';

// The scope types are data of the document language: they live in src/stac-schema so that src/actions
// (below the renderer) can name them without importing the renderer.
export type { StacScope, StacHostScope } from '../stac-schema';

export interface StacWidgetProps {
  /**
   * The node with every string property bound against the scope (templates evaluated) and coerced where
   * the widget schema asks for numbers/booleans. Nested widgets (`child`, `children`, `title`, ...) and
   * action objects (`onPressed`, ...) are passed through unbound: render widgets with <StacChild>, and
   * hand actions to `useStacDispatch()`.
   */
  node: StacNode;
  /** JSON path of this node, e.g. `ui.children[2]`; pass `${path}.child` to children. */
  path: string;
}

export type StacWidgetComponent = ComponentType<StacWidgetProps>;

/** widget type -> component. Hosts extend or override it; plugins cannot. */
export type StacWidgetRegistry = Readonly<Record<string, StacWidgetComponent>>;

export type StacRenderMode = 'production' | 'preview';

/**
 * Reported for every node that could not render (unknown type, invalid node, thrown error), for what the
 * lenient parser dropped or refused (`invalid_node`), and in preview for its warnings (`document_warning`).
 */
export interface StacRenderProblem {
  code:
    | 'unknown_widget'
    | 'invalid_node'
    | 'render_error'
    | 'unbound_path'
    | 'ungranted_read'
    | 'action_error'
    | 'document_warning'
    | 'render_budget_exceeded';
  path: string;
  message: string;
  widgetType?: string;
  /** For problems the document parser found: its issue code, e.g. `invalid_value`, `unknown_property`. */
  issueCode?: StacIssueCode;
  /** `warning` for things that still render (an unknown property); absent or `error` otherwise. */
  severity?: StacIssueSeverity;
}

/** What a widget-level request (`dynamicView`, `networkWidget`) gets back. */
export interface StacRequestOutcome {
  statusCode: number;
  ok: boolean;
  data: unknown;
}

/**
 * Runs a Stac `request` object (`{url, method, headers, queryParameters, body}`) for a widget. The renderer
 * core provides it from the host's `fetch` service and URL policy, so widgets never reach the network on
 * their own; a host or a test may provide its own. Rejects with an Error whose message a user can read.
 */
export type StacRequestRunner = (request: unknown, signal: AbortSignal) => Promise<StacRequestOutcome>;
