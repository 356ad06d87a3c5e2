import { ApiError, type ApiErrorCode } from '../ApiError';

/**
 * The real Invenicum backend answers failures as `{ success: false, message }` (sometimes `message_es`)
 * with no code, partly in Spanish, and most refusals of src/routes/pluginRoutes.js as a 500 (each route
 * catches everything and answers 500). Our ApiError codes are read here from the status, the route and
 * the message, and a 500 that stands for a refusal is marked not transient so it is never retried.
 */

/** The routes of the profile; each reads failures in its own way. */
export type InvenicumRoute =
  | 'login'
  | 'me'
  | 'community'
  | 'installed'
  | 'preview'
  | 'install'
  | 'uninstall'
  | 'toggle'
  | 'create'
  | 'update'
  | 'delete'
  | 'items'
  | 'detect'
  | 'catalog';

/** Spanish (or unhelpful) sentences the backend's source sends, in the English the rest of the app uses. */
const TRANSLATIONS: ReadonlyArray<[RegExp, string | undefined]> = [
  // src/middleware/authMiddleware.js
  [/^Token no proporcionado$/, 'You are not signed in'],
  [/^Invalid or expired token$/, 'Your session has expired'],
  // src/routes/pluginRoutes.js
  [/^Error interno del servidor$/, undefined],
  [/^La URL es requerida$/, 'A plugin URL is required'],
  [/^Error de validación$/, 'The plugin needs a name, a slot and a ui'],
  [/^No autorizado$/, 'Only the author can change this plugin'],
  // src/services/userService.js: the account is looked up by e-mail
  [/^Wrong username or password$/, 'Wrong e-mail or password'],
];

function translate(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  for (const [pattern, english] of TRANSLATIONS) if (pattern.test(message.trim())) return english;
  return message;
}

interface Reading {
  code: ApiErrorCode;
  message?: string;
  transient?: boolean;
}

/** What a 500 of each route means, from the errors its service throws (src/services/pluginService.js). */
function readServerFailure(route: InvenicumRoute, message: string): Reading | null {
  const refusal = (code: ApiErrorCode, sentence?: string): Reading => ({
    code,
    message: sentence,
    transient: false,
  });
  switch (route) {
    case 'create':
      if (/GitHub not linked|User not found/i.test(message))
        return refusal(
          'GITHUB_NOT_LINKED',
          'Publishing needs a GitHub account linked to your Invenicum profile',
        );
      if (/not authori[sz]ed|belongs to another author/i.test(message))
        return refusal(
          'PERMISSION_DENIED',
          'A plugin with this id belongs to another author; choose another id',
        );
      return refusal('SERVER_ERROR', 'Invenicum could not open the pull request on GitHub; try again later');
    case 'update':
      if (/not found/i.test(message))
        return refusal('PLUGIN_NOT_FOUND', 'The plugin file is not in the market repository yet');
      if (/autorizado|authori[sz]ed/i.test(message)) return refusal('PERMISSION_DENIED');
      return refusal('SERVER_ERROR', 'Invenicum could not open the pull request on GitHub; try again later');
    case 'delete':
      if (/unauthori[sz]ed|only the author|autorizado/i.test(message)) return refusal('PERMISSION_DENIED');
      return refusal('SERVER_ERROR');
    case 'uninstall':
      return refusal('PLUGIN_NOT_FOUND', 'The plugin is not installed for you; refresh the list');
    case 'toggle':
      // toggleUserPlugin updates the user's install row; Prisma throws when there is none.
      return refusal('PLUGIN_NOT_FOUND', 'The plugin is not installed for you; refresh the list');
    case 'install':
      if (/incomplete plugin data/i.test(message))
        return refusal('VALIDATION_FAILED', 'The plugin has no id; it cannot be installed');
      return refusal('FETCH_FAILED', 'Invenicum could not download the plugin file');
    case 'preview':
    case 'catalog':
      // getPluginPreview hides why: a URL outside raw.githubusercontent.com, a 404, a timeout.
      return refusal(
        'FETCH_FAILED',
        'Invenicum could not fetch that file; it only reads files from raw.githubusercontent.com',
      );
    default:
      return null;
  }
}

/** Re-reads an ApiError raised by the transport for a route of the real backend. */
export function readInvenicumError(route: InvenicumRoute, error: unknown): unknown {
  if (!(error instanceof ApiError) || error.status === 0) return error;
  const serverMessage = translate(error.serverMessage);
  let reading: Reading = { code: error.code, message: serverMessage };
  if (error.status === 401) {
    reading = route === 'login' ? { code: 'INVALID_CREDENTIALS', message: serverMessage } : reading;
  } else if (error.status === 404 && error.serverMessage === undefined) {
    // Express answers an unknown route with an HTML page: this backend does not have it (an older version).
    reading = {
      code: 'NOT_FOUND',
      message: `This Invenicum backend has no route ${error.request ?? ''}; it may be an older version`,
    };
  } else if (error.status === 400) {
    reading = { code: 'VALIDATION_FAILED', message: serverMessage };
  } else if (error.status >= 500) {
    reading = readServerFailure(route, error.serverMessage ?? '') ?? reading;
  }
  if (
    reading.code === error.code &&
    reading.message === error.serverMessage &&
    reading.transient === undefined
  )
    return error;
  return new ApiError({
    status: error.status,
    code: reading.code,
    serverMessage: reading.message,
    issues: error.issues,
    details: error.details,
    retryAfterSeconds: error.retryAfterSeconds,
    request: error.request,
    transient: reading.transient,
    cause: error,
  });
}
