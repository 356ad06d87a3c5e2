/**
 * Where plugin actions may send requests and navigate: the host's choice of origins, on top of the one URL
 * policy of src/stac-schema (which decides what a safe URL is, for publishing and rendering alike). A target
 * passes that policy first, then is parsed with the WHATWG URL parser (so `/\evil.example` and friends are
 * seen as the browser sees them) and compared by origin, never matched as text.
 */
import { checkUrl, type UrlKind } from '../stac-schema';

export interface UrlPolicyOptions {
  /** The app's origin: relative URLs resolve against it and "same origin" means it. Default: `location.origin`. */
  origin?: string;
  /** Further origins plugin requests may reach, e.g. `['https://api.example.com']`. */
  requestOrigins?: readonly string[];
  /** Decides about any other request URL (after the same-origin and `requestOrigins` checks said no). */
  allowRequest?: (url: URL) => boolean;
  /** Origins outside the app that navigation may open. Default: none. */
  navigationOrigins?: readonly string[];
  allowNavigation?: (url: URL) => boolean;
  /**
   * The host's opt-in for its own API: headers (e.g. `Authorization`) to add to a plugin request to `url`.
   * Called only for URLs the policy already allows. Without it, plugin requests carry no credentials at all.
   */
  authorizeRequest?: (url: URL) => Record<string, string> | undefined;
}

export interface ResolvedUrlPolicy {
  readonly origin: string;
  checkRequest(raw: string): UrlCheck;
  checkNavigation(raw: string): NavigationCheck;
  authorize(url: URL): Record<string, string> | undefined;
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

export type NavigationCheck =
  | { ok: true; kind: 'app'; path: string }
  | { ok: true; kind: 'external'; url: URL }
  | { ok: false; reason: string };

const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const FALLBACK_ORIGIN = 'http://localhost';

function defaultOrigin(): string {
  const location = (globalThis as { location?: { origin?: string } }).location;
  const origin = location?.origin;
  return typeof origin === 'string' && origin !== 'null' && origin !== '' ? origin : FALLBACK_ORIGIN;
}

function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return WEB_PROTOCOLS.has(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

function parseTarget(raw: string, origin: string, kind: UrlKind): UrlCheck {
  const verdict = checkUrl(raw, { kind });
  if (!verdict.ok) return { ok: false, reason: verdict.reason };
  let url: URL;
  try {
    url = new URL(verdict.url, origin + '/');
  } catch {
    return { ok: false, reason: `"${shorten(raw)}" is not a valid URL` };
  }
  return { ok: true, url };
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function resolveUrlPolicy(options: UrlPolicyOptions = {}): ResolvedUrlPolicy {
  const fixedOrigin = options.origin === undefined ? null : normalizeOrigin(options.origin);
  const origin = (): string => fixedOrigin ?? defaultOrigin();
  const requestOrigins = new Set((options.requestOrigins ?? []).map(normalizeOrigin).filter(isString));
  const navigationOrigins = new Set((options.navigationOrigins ?? []).map(normalizeOrigin).filter(isString));

  return {
    get origin() {
      return origin();
    },
    checkRequest(raw) {
      const appOrigin = origin();
      const parsed = parseTarget(raw, appOrigin, 'request');
      if (!parsed.ok) return parsed;
      const { url } = parsed;
      if (
        url.origin === appOrigin ||
        requestOrigins.has(url.origin) ||
        options.allowRequest?.(url) === true
      ) {
        return parsed;
      }
      return {
        ok: false,
        reason: `requests to ${url.origin} are not allowed; this app lets plugins call ${appOrigin} only (a host can allow more origins in its URL policy)`,
      };
    },
    checkNavigation(raw) {
      const appOrigin = origin();
      const parsed = parseTarget(raw, appOrigin, 'navigation');
      if (!parsed.ok) return parsed;
      const { url } = parsed;
      if (url.origin === appOrigin)
        return { ok: true, kind: 'app', path: `${url.pathname}${url.search}${url.hash}` };
      if (navigationOrigins.has(url.origin) || options.allowNavigation?.(url) === true) {
        return { ok: true, kind: 'external', url };
      }
      return {
        ok: false,
        reason: `navigation to ${url.origin} is not allowed; plugins may only open pages inside this app`,
      };
    },
    authorize(url) {
      const headers = options.authorizeRequest?.(url);
      return headers === undefined ? undefined : { ...headers };
    },
  };
}

function isString(value: string | null): value is string {
  return value !== null;
}
