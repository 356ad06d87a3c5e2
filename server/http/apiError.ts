import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { HostingRefusal } from '../../src/plugin-host/index';

/** Stable machine codes of the API. The first five are the documented Invenicum codes. */
export type ApiErrorCode =
  | 'PLUGIN_NOT_FOUND'
  | 'ALREADY_INSTALLED'
  | 'INVALID_STAC'
  | 'PERMISSION_DENIED'
  | 'VERSION_CONFLICT'
  | 'UNAUTHORIZED'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'INVALID_JSON'
  | 'INVALID_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'ASSET_NOT_FOUND'
  | 'NOT_FOUND'
  | 'URL_NOT_ALLOWED'
  | 'FETCH_FAILED'
  | 'CONSENT_REQUIRED'
  | 'DEPENDENCIES_REQUIRED'
  | 'DEPENDENCY_MISSING'
  | 'DEPENDENCY_VERSION'
  | 'DEPENDENCY_CYCLE'
  | 'DEPENDENCY_INACTIVE'
  | 'PLUGIN_REQUIRED'
  | 'STARTUP_CHECK_FAILED'
  | 'INVALID_SETTINGS'
  | 'SERVICE_UNAVAILABLE'
  | 'JOB_NOT_FOUND'
  | 'JOB_RUNNING'
  | 'JOB_NOT_SCHEDULED'
  | 'JOB_NOT_MANUAL'
  | 'COMMAND_NOT_FOUND'
  | 'COMMAND_RUNS_IN_PAGE'
  | 'PLUGIN_INACTIVE'
  | 'METHOD_NOT_ALLOWED'
  | 'INTERNAL_ERROR';

/** The JSON body of every error: `{ success: false, message, error }` plus optional details. */
export interface ApiErrorBody {
  success: false;
  message: string;
  error: ApiErrorCode;
  [detail: string]: unknown;
}

/** Thrown by route code; the app's error handler turns it into its JSON body. Messages are for people. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode;
  readonly details: Record<string, unknown>;

  constructor(
    status: ContentfulStatusCode,
    code: ApiErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return { success: false, message: this.message, error: this.code, ...this.details };
  }
}

export const pluginNotFound = (pluginId: string, what = 'Plugin'): ApiError =>
  new ApiError(404, 'PLUGIN_NOT_FOUND', `${what} "${pluginId}" was not found.`, { pluginId });

/** A hosting rule's refusal (src/plugin-host), with the status, code and words every host answers. */
export const refusal = (refused: HostingRefusal): ApiError =>
  new ApiError(refused.status, refused.code, refused.message, refused.details);
