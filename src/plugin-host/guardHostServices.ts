/**
 * Host services as one plugin may use them: requests only to the hosts it declares, pages outside the app
 * only with `navigate:external`, the user's identity only with `user:read`, the clipboard only with
 * `clipboard`. Each refusal is an ActionFailure
 * with the code `not_permitted`, so the action ends in an error event that names the missing permission
 * (and a preview shows it) instead of silently doing nothing.
 */
import { ActionFailure, type HostServices } from '../actions';
import type { PluginGrants } from './permissions';

function notPermitted(pluginName: string, what: string, permission: string): ActionFailure {
  return new ActionFailure(
    'not_permitted',
    `“${pluginName}” may not ${what}: it does not declare the permission "${permission}". Its author can add it to "permissions".`,
  );
}

function requestUrl(input: Parameters<typeof fetch>[0], origin: string): URL | null {
  try {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new URL(raw, origin + '/');
  } catch {
    return null;
  }
}

function appOrigin(): string {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  return typeof origin === 'string' && origin !== 'null' && origin !== '' ? origin : 'http://localhost';
}

export interface GuardOptions {
  pluginName: string;
  /** The app's origin: requests to it need no `network:` permission (the URL policy still applies). */
  origin?: string;
}

export function guardHostServices(
  services: Partial<HostServices>,
  grants: PluginGrants,
  options: GuardOptions,
): Partial<HostServices> {
  const clipboard = grants.mayWriteClipboard
    ? {}
    : {
        writeClipboard: () =>
          Promise.reject(notPermitted(options.pluginName, 'copy to your clipboard', 'clipboard')),
      };
  // A plugin without `permissions` keeps its older access, but the clipboard was never part of it.
  if (!grants.declared) return { ...services, ...clipboard };
  const origin = options.origin ?? appOrigin();
  const baseFetch: typeof fetch =
    services.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const guarded: Partial<HostServices> = {
    ...services,
    fetch: (input, init) => {
      const url = requestUrl(input, origin);
      if (url && url.origin !== origin && !grants.mayRequestHost(url.host)) {
        return Promise.reject(
          notPermitted(options.pluginName, `send requests to ${url.host}`, `network:${url.host}`),
        );
      }
      return baseFetch(input, init);
    },
    ...clipboard,
  };
  if (!grants.mayReadScopeRoot('user')) {
    guarded.currentUser = () => {
      throw notPermitted(options.pluginName, 'read who you are', 'user:read');
    };
  }
  if (services.navigate) {
    const navigate = services.navigate;
    guarded.navigate = (request) => {
      if (request.kind === 'external' && !grants.mayNavigateExternal) {
        throw notPermitted(options.pluginName, `open ${request.url}`, 'navigate:external');
      }
      return navigate(request);
    };
  }
  return guarded;
}
