import type { HostingRefusal } from '../../src/plugin-host';
import type { StacIssue } from '../../src/stac-schema';

export type MockErrorCode =
  | 'PLUGIN_NOT_FOUND'
  | 'CONSENT_REQUIRED'
  | 'ALREADY_INSTALLED'
  | 'INVALID_STAC'
  | 'PERMISSION_DENIED'
  | 'VERSION_CONFLICT'
  | 'UNAUTHORIZED'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'INVALID_JSON'
  | 'INVALID_REQUEST'
  | 'ASSET_NOT_FOUND'
  | 'NOT_FOUND'
  | 'URL_NOT_ALLOWED'
  | 'FETCH_FAILED'
  | 'INVALID_SETTINGS'
  | 'DEPENDENCIES_REQUIRED'
  | 'DEPENDENCY_MISSING'
  | 'DEPENDENCY_VERSION'
  | 'DEPENDENCY_CYCLE'
  | 'DEPENDENCY_INACTIVE'
  | 'STARTUP_CHECK_FAILED'
  | 'PLUGIN_REQUIRED'
  | 'JOB_NOT_FOUND'
  | 'COMMAND_NOT_FOUND'
  | 'INTERNAL_ERROR';

/** An error answer of the Plugin API: `{ success: false, message, error: code, ...details }`. */
export class MockApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: MockErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const pluginNotFound = (id: string, what = 'Plugin') =>
  new MockApiError(404, 'PLUGIN_NOT_FOUND', `${what} "${id}" was not found.`, { pluginId: id });

export const invalidStac = (issues: StacIssue[], what = 'The plugin UI') =>
  new MockApiError(
    422,
    'INVALID_STAC',
    `${what} is not a valid STAC document: fix the listed issues and try again.`,
    { issues },
  );

export const alreadyInstalled = (name: string, pluginId: string) =>
  new MockApiError(409, 'ALREADY_INSTALLED', `"${name}" is already installed.`, { pluginId });

/** A hosting rule's refusal (src/plugin-host): the same status, code and words as the server's. */
export const refusal = (refused: HostingRefusal) =>
  new MockApiError(refused.status, refused.code, refused.message, refused.details);
