/**
 * Shared types of the validated STAC tree. Pure data: no React, no imports from the project.
 *
 * A validated node keeps the shape it had in JSON (`{ type, ...props }`), so that property names stay the
 * Flutter names documented in docs/stac-vocabulary.md. Template strings (`<<asset.name>>`, `{{asset.name}}`)
 * are still unresolved in the tree: the renderer binds them against a scope at render time.
 */

/** A widget node as it appears in a document. */
export interface StacNode {
  type: string;
  [prop: string]: unknown;
}

/** An action object (`{ actionType, ... }` or the short `{ method, params }` form). */
export interface StacAction {
  actionType?: string;
  method?: string;
  params?: Record<string, unknown>;
  [prop: string]: unknown;
}

/**
 * In lenient mode a node that fails validation is replaced by this marker, so that the rest of the
 * document still renders and the renderer can show a compact fallback in preview mode.
 */
export interface StacInvalidNode {
  type: 'stac:invalid';
  /** The `type` the author wrote, if any. */
  originalType?: string;
  issue: StacIssue;
}

export const INVALID_NODE_TYPE = 'stac:invalid' as const;

export type StacIssueCode =
  | 'invalid_json'
  | 'not_an_object'
  | 'unknown_widget'
  | 'unknown_action'
  | 'missing_type'
  | 'missing_required'
  | 'invalid_value'
  | 'invalid_template'
  | 'limit_exceeded'
  | 'unknown_property'
  | 'unsafe_url'
  | 'invalid_plugin'
  | 'undeclared_access';

export type StacIssueSeverity = 'error' | 'warning';

export interface StacIssue {
  /** Stable machine code. */
  code: StacIssueCode;
  severity: StacIssueSeverity;
  /** JSON path from the root the caller named, e.g. `ui.child.children[2].style.fontSize`. */
  path: string;
  /** A sentence for people that says what is wrong and what to do. */
  message: string;
  /** An optional suggestion, e.g. `did you mean "text"?`. */
  hint?: string;
}

export interface StacLimits {
  /** Deepest nesting of widgets/actions/values (default 64). */
  maxDepth: number;
  /** Most widget + action nodes in one document (default 20_000). */
  maxNodes: number;
  /** Longest single string in characters (default 20_000). */
  maxStringLength: number;
  /** Largest document in bytes of its JSON text (default 1_000_000). */
  maxBytes: number;
}

export type StacParseMode = 'lenient' | 'strict';

export interface ParseStacOptions {
  /** `lenient` (default) for rendering: bad nodes become `stac:invalid`, the rest survives.
   *  `strict` for authoring and publishing: any error makes the result fail. */
  mode?: StacParseMode;
  limits?: Partial<StacLimits>;
  /** Prefix for issue paths (default `ui`). */
  rootPath?: string;
  /** Extra widget types a host registered (accepted without `unknown_widget`). */
  extraWidgetTypes?: readonly string[];
  /** Extra action types / SDK method names a host registered. */
  extraActionTypes?: readonly string[];
  /**
   * Called with each widget node of the resulting tree as the walk settles it (the object the tree holds;
   * not for `stac:invalid` markers): a renderer prepares its nodes in the validator's walk instead of a
   * second one. Not part of the parse cache's key: it must not change what the parse returns.
   */
  onWidget?: (node: StacNode) => void;
}

export type ParseStacResult =
  | { ok: true; document: StacNode; issues: StacIssue[] }
  | { ok: false; document?: undefined; issues: StacIssue[] };

/** Data a document binds against: `asset`, `user`, `plugin`, `slot`, host additions, setValue variables. */
export type StacScope = Record<string, unknown>;

/** The keys a host conventionally puts in the scope (all optional; any other key may be added). */
export interface StacHostScope {
  asset?: Record<string, unknown>;
  user?: { id?: string | number; username?: string; name?: string; [key: string]: unknown } | null;
  plugin?: { id: string | number; version?: string; [key: string]: unknown };
  /** The slot the plugin renders in, e.g. `asset_detail`. */
  slot?: string;
  [key: string]: unknown;
}
