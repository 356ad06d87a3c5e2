/**
 * The contract of src/actions. The renderer hands `dispatch` an ActionContext: the scope, host services and
 * accessors for the renderer-owned state (form values, setValue variables). Actions never import React or
 * the renderer; binding of templates in params is injected as `bind`.
 */
import type { StacScope } from '../stac-schema';

export interface StacUser {
  id?: string;
  username: string;
  name?: string;
}

export type NavigateRequest =
  | {
      kind: 'push' | 'replace';
      path: string;
      arguments?: Record<string, unknown>;
      /** Stac's `pushNamedAndRemoveAll`: the new route becomes the only one on the stack. */
      clearStack?: boolean;
    }
  | {
      kind: 'pop';
      result?: unknown;
      /** Stac's `popAll`: back to the first page. */
      all?: boolean;
    }
  | {
      kind: 'widget';
      widgetJson: unknown;
      style: 'push' | 'replace';
      /** Stac's `pushAndRemoveAll`. */
      clearStack?: boolean;
    }
  | { kind: 'external'; url: string };

export interface SnackBarRequest {
  /** A STAC widget to render as the snack bar content, or plain text. */
  content: unknown;
  durationMs?: number;
  actionLabel?: string;
  onAction?: () => void;
  backgroundColor?: string;
}

export interface DialogRequest {
  /** A STAC widget to render in the dialog. */
  widget: unknown;
  kind: 'dialog' | 'bottomSheet';
  dismissible?: boolean;
  label?: string;
}

/** Everything a plugin action may reach in the host app. Tests pass fakes. */
export interface HostServices {
  navigate(request: NavigateRequest): void | Promise<void>;
  /** A short message (Invenicum's showAlert, getUserName). */
  /** `source` names who speaks (the plugin), so a user can tell notices of several plugins apart. */
  notify(message: string, options?: { tone?: 'info' | 'success' | 'error'; source?: string }): void;
  confirm(message: string): Promise<boolean>;
  showSnackBar(request: SnackBarRequest): void;
  /** Opens a dialog or bottom sheet; resolves when it closes. */
  openDialog(request: DialogRequest): Promise<unknown>;
  closeDialog?(result?: unknown): void;
  currentUser(): StacUser | null;
  signOut(): void | Promise<void>;
  /**
   * Used for plugin `networkRequest`s and widget `request`s. Hand in a plain fetch: the action layer adds the
   * user's credentials itself, and only for URLs the host's `urlPolicy.authorizeRequest` accepts.
   */
  fetch: typeof fetch;
  /**
   * Resolves a Stac `assetPath` (`assets/json/form_example.json`) to widget JSON. Optional: without it,
   * actions that name an `assetPath` end in a `handler_failed` error event.
   */
  loadAsset?(assetPath: string): Promise<unknown>;
  /**
   * Writes text to the system clipboard (in a browser: `navigator.clipboard.writeText`). Optional: without
   * it, `copyToClipboard` ends in a `handler_failed` error event saying this host cannot.
   */
  writeClipboard?(text: string): Promise<void>;
}

/** Form state the renderer owns (text fields, checkboxes, ... registered by `id`). */
export interface FormAccess {
  getValue(id: string): unknown;
  getValues(): Record<string, unknown>;
  /** Runs validators, shows their messages, returns whether every field is valid. */
  validate(): boolean;
}

/** Stac's `setValue` store, readable from templates as plain scope keys. */
export interface VariableAccess {
  set(values: Record<string, unknown>): void;
  get(key: string): unknown;
}

export type ActionErrorCode =
  | 'unknown_action'
  | 'unknown_method'
  | 'invalid_params'
  | 'url_refused'
  | 'navigation_refused'
  | 'limit_exceeded'
  | 'request_failed'
  | 'handler_failed'
  | 'load_failed'
  | 'aborted'
  | 'not_permitted';

/** What a host sees (and a preview shows) when an action cannot run. Never thrown into React. */
export interface ActionErrorEvent {
  code: ActionErrorCode;
  message: string;
  actionType?: string;
  method?: string;
  path?: string;
}

export interface ActionContext {
  scope: StacScope;
  services: HostServices;
  /** Evaluates `<<...>>` / `{{...}}` templates inside a params value against the scope. */
  bind(value: unknown, scope: StacScope): unknown;
  form?: FormAccess;
  variables?: VariableAccess;
  /** JSON path of the node whose event fired, for error reports. */
  path?: string;
  signal?: AbortSignal;
  onError?(event: ActionErrorEvent): void;
  /** Called for every action that runs (Storybook's actions panel, the playground log). */
  onDispatch?(info: { actionType: string; method?: string; params?: unknown; path?: string }): void;
}

export type ActionResult = { ok: true; value?: unknown } | { ok: false; error: ActionErrorEvent };
