import type { StacIssue } from '../stac-schema';

/**
 * Codes the Plugin API documents, the codes the reference server adds, and the codes this client raises
 * itself when no response (or no usable response) arrived. Unknown codes a backend sends pass through as
 * plain strings so that a newer server never breaks an older client.
 */
export const API_ERROR_CODES = [
  // documented by the Invenicum Plugin API
  'PLUGIN_NOT_FOUND',
  'ALREADY_INSTALLED',
  'INVALID_STAC',
  'PERMISSION_DENIED',
  'VERSION_CONFLICT',
  // sent by the reference server
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'VALIDATION_FAILED',
  'INVALID_REQUEST',
  'INVALID_JSON',
  'NOT_FOUND',
  'ASSET_NOT_FOUND',
  'FETCH_FAILED',
  'URL_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_ERROR',
  'SERVER_ERROR',
  // the plugin manifest (reference server)
  'CONSENT_REQUIRED',
  'DEPENDENCIES_REQUIRED',
  'DEPENDENCY_MISSING',
  'DEPENDENCY_VERSION',
  'DEPENDENCY_CYCLE',
  'DEPENDENCY_INACTIVE',
  'STARTUP_CHECK_FAILED',
  'PLUGIN_REQUIRED',
  'INVALID_SETTINGS',
  // read from the real Invenicum backend's status-only answers (by status and route)
  'GITHUB_NOT_LINKED',
  // raised by the client
  'NETWORK',
  'TIMEOUT',
  'ABORTED',
  'INVALID_RESPONSE',
  'HTTP_ERROR',
  'NOT_SUPPORTED',
] as const;

export type KnownApiErrorCode = (typeof API_ERROR_CODES)[number];
/** A known code, or any other upper-case code a backend sends. */
export type ApiErrorCode = KnownApiErrorCode | (string & {});

/** What a person can do about each kind of failure; appended to the server's own sentence. */
const WHAT_TO_DO: Record<KnownApiErrorCode, { summary: string; action: string }> = {
  PLUGIN_NOT_FOUND: {
    summary: 'The plugin does not exist',
    action: 'It may have been deleted; refresh the list.',
  },
  ALREADY_INSTALLED: {
    summary: 'The plugin is already installed',
    action: 'Manage it from your installed plugins.',
  },
  INVALID_STAC: {
    summary: 'The plugin UI (STAC) is malformed',
    action: 'Fix the listed problems and try again.',
  },
  PERMISSION_DENIED: {
    summary: 'You are not allowed to change this plugin',
    action: 'Only its author can change it.',
  },
  VERSION_CONFLICT: {
    summary: 'The plugin version conflicts with an existing one',
    action: 'Raise the version number (semver) above the current one and try again.',
  },
  UNAUTHENTICATED: { summary: 'You are not signed in', action: 'Sign in and try again.' },
  INVALID_CREDENTIALS: { summary: 'Wrong user name or password', action: 'Check them and sign in again.' },
  RATE_LIMITED: { summary: 'Too many requests', action: 'Wait a moment and try again.' },
  VALIDATION_FAILED: {
    summary: 'The request is not valid',
    action: 'Correct the highlighted fields and try again.',
  },
  INVALID_REQUEST: {
    summary: 'The request is not valid',
    action: 'Correct the highlighted fields and try again.',
  },
  INVALID_JSON: { summary: 'The request body is not valid JSON', action: 'Check the JSON and try again.' },
  NOT_FOUND: { summary: 'Not found', action: 'Refresh the page; it may have been removed.' },
  ASSET_NOT_FOUND: {
    summary: 'The asset does not exist',
    action: 'Go back to the asset list; it may have been removed.',
  },
  FETCH_FAILED: {
    summary: 'The plugin file could not be downloaded',
    action: 'Check the URL and try again.',
  },
  URL_NOT_ALLOWED: { summary: 'The URL is not allowed', action: 'Use a public https URL.' },
  PAYLOAD_TOO_LARGE: { summary: 'The document is too large', action: 'Make it smaller and try again.' },
  INTERNAL_ERROR: {
    summary: 'The server failed',
    action: 'Try again later; if it persists, tell the administrator.',
  },
  SERVER_ERROR: {
    summary: 'The server failed',
    action: 'Try again later; if it persists, tell the administrator.',
  },
  CONSENT_REQUIRED: {
    summary: 'The plugin asks for permissions you have not allowed',
    action: 'Review them and allow them to go on.',
  },
  DEPENDENCIES_REQUIRED: {
    summary: 'The plugin needs other plugins that are not installed',
    action: 'Install them together with it.',
  },
  DEPENDENCY_MISSING: {
    summary: 'The plugin needs a plugin that is not available',
    action: 'Ask its author which plugin it needs.',
  },
  DEPENDENCY_VERSION: {
    summary: 'The plugin needs another version of a plugin it depends on',
    action: 'Update that plugin first.',
  },
  DEPENDENCY_CYCLE: {
    summary: 'The plugins depend on each other in a circle',
    action: 'Ask their authors to remove one of the dependencies.',
  },
  DEPENDENCY_INACTIVE: {
    summary: 'A plugin it needs is switched off',
    action: 'Switch that plugin on first.',
  },
  STARTUP_CHECK_FAILED: {
    summary: 'The plugin cannot start yet',
    action: 'Do what its message asks, then switch it on.',
  },
  PLUGIN_REQUIRED: {
    summary: 'Other plugins need this plugin',
    action: 'Confirm to go on; they stop showing until it is back.',
  },
  INVALID_SETTINGS: {
    summary: 'Some settings are not valid',
    action: 'Correct the marked fields and save again.',
  },
  NOT_SUPPORTED: {
    summary: 'This backend cannot do that',
    action: 'Use the reference server for this feature.',
  },
  GITHUB_NOT_LINKED: {
    summary: 'Your account has no linked GitHub identity',
    action: 'Link GitHub in your Invenicum profile first: plugins are published as pull requests from it.',
  },
  NETWORK: { summary: 'The server could not be reached', action: 'Check your connection and try again.' },
  TIMEOUT: { summary: 'The server took too long to answer', action: 'Try again in a moment.' },
  ABORTED: { summary: 'The request was cancelled', action: 'Nothing to do.' },
  INVALID_RESPONSE: {
    summary: 'The server sent an answer this app does not understand',
    action: 'The server may be a different version; tell the administrator.',
  },
  HTTP_ERROR: { summary: 'The request failed', action: 'Try again; if it persists, tell the administrator.' },
};

export function isKnownApiErrorCode(code: string): code is KnownApiErrorCode {
  return (API_ERROR_CODES as readonly string[]).includes(code);
}

/** The code to assume when a failed response carried none. */
export function codeForStatus(status: number): KnownApiErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'PERMISSION_DENIED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 422 || status === 400) return 'VALIDATION_FAILED';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER_ERROR';
  return 'HTTP_ERROR';
}

export interface ApiErrorInit {
  /** HTTP status; 0 when no response arrived (NETWORK, TIMEOUT, ABORTED). */
  status: number;
  code: ApiErrorCode;
  /** The server's own sentence, if it sent one. */
  serverMessage?: string;
  /** STAC issues with JSON paths (INVALID_STAC) or response-shape issues (INVALID_RESPONSE). */
  issues?: StacIssue[];
  /** Per-field problems the server reported (VALIDATION_FAILED). */
  details?: unknown;
  /** Seconds to wait before retrying (RATE_LIMITED, from Retry-After). */
  retryAfterSeconds?: number;
  /**
   * The error body's other fields, as the server sent them: what a refusal offers to act on (`consent`,
   * `missing`, `dependents`, `startupFailures`, `fieldErrors`, ...). Untrusted; read with care.
   */
  data?: Record<string, unknown>;
  /** METHOD and path of the request, for logs. */
  request?: string;
  /**
   * Overrides the status-based guess of `isTransient`. A backend that answers a refusal (not the author, not
   * installed) with a 500 sets this to false so that the failure is shown at once instead of retried.
   */
  transient?: boolean;
  cause?: unknown;
}

/** The one error type every client function rejects with. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly serverMessage?: string;
  readonly issues: StacIssue[];
  readonly details?: unknown;
  readonly retryAfterSeconds?: number;
  readonly data: Record<string, unknown>;
  readonly request?: string;
  readonly #transient?: boolean;

  constructor(init: ApiErrorInit) {
    super(
      composeMessage(init.code, init.serverMessage),
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.issues = init.issues ?? [];
    this.details = init.details;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.data = init.data ?? {};
    this.request = init.request;
    this.#transient = init.transient;
  }

  /** True for failures that may pass if tried again (network, timeout, 5xx, rate limit). */
  get isTransient(): boolean {
    if (this.#transient !== undefined) return this.#transient;
    return (
      this.code === 'NETWORK' ||
      this.code === 'TIMEOUT' ||
      this.code === 'RATE_LIMITED' ||
      // FETCH_FAILED is the server reporting that a plugin URL failed (a missing file, a slow host): asking
      // again at once will not help and only keeps the user waiting, so it is shown straight away.
      (this.status >= 500 && this.status < 600 && this.code !== 'FETCH_FAILED')
    );
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Server sentences that already tell the person what to do (the reference server's do). */
const GIVES_ADVICE = /try again|sign in|[;:] /i;

function composeMessage(code: ApiErrorCode, serverMessage: string | undefined): string {
  const known = isKnownApiErrorCode(code) ? WHAT_TO_DO[code] : WHAT_TO_DO.HTTP_ERROR;
  const server = serverMessage?.trim();
  if (server && GIVES_ADVICE.test(server)) return server;
  return `${(server || known.summary).replace(/[.!]+$/, '')}. ${known.action}`;
}
