/**
 * The `fetch` a job's `networkRequest` gets on the server: only hosts the plugin declares (`network:<host>`),
 * and then only through the server's guarded fetcher (https, public addresses, no unchecked redirects,
 * timeout, size cap). A job reads JSON with GET; anything else is refused with a message that says so.
 */
import { ActionFailure } from '../../src/actions/index';
import type { PluginGrants } from '../../src/plugin-host/index';
import { createSafeFetcher, SafeFetchError, type SafeFetchOptions } from '../safeFetch';

export type JobFetchOptions = Omit<SafeFetchOptions, 'allowHosts' | 'ownCatalog'>;

function targetUrl(input: Parameters<typeof fetch>[0]): URL {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    return new URL(raw);
  } catch {
    throw new ActionFailure(
      'url_refused',
      `A job's request needs an absolute https URL, got "${raw.slice(0, 200)}".`,
    );
  }
}

export function createJobFetch(
  grants: PluginGrants,
  pluginName: string,
  options: JobFetchOptions,
): typeof fetch {
  return async (input, init) => {
    const url = targetUrl(input);
    // Jobs are new: a plugin must declare every host its jobs reach, even one that predates permissions.
    if (!grants.declared || !grants.mayRequestHost(url.host)) {
      throw new ActionFailure(
        'not_permitted',
        `“${pluginName}” may not send requests to ${url.host} from a job: it does not declare the permission "network:${url.host}". Its author can add it to "permissions".`,
      );
    }
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method !== 'GET') {
      throw new ActionFailure(
        'not_permitted',
        `A job reads data with GET requests only; "${method}" to ${url.host} is refused. Send changes from a page action instead.`,
      );
    }
    const fetcher = createSafeFetcher({ ...options, allowHosts: [url.hostname] });
    try {
      const answer = await fetcher(url.href);
      return new Response(JSON.stringify(answer.json), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    } catch (error) {
      if (error instanceof SafeFetchError) {
        throw new ActionFailure('request_failed', `The request to ${url.host} failed: ${error.message}`);
      }
      throw error;
    }
  };
}
