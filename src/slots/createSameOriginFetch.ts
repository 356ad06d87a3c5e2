/**
 * The `fetch` plugins get: same origin only and never with the user's token or cookies. A plugin that wants
 * data from elsewhere is refused with a clear error instead of silently reaching out.
 */
export class CrossOriginRequestError extends Error {
  readonly code = 'url_refused';
  constructor(url: string) {
    super(`Plugins may only request URLs of this site; "${url}" is on another origin.`);
    this.name = 'CrossOriginRequestError';
  }
}

export function createSameOriginFetch(
  baseFetch: typeof fetch = globalThis.fetch.bind(globalThis),
  origin = currentOrigin(),
): typeof fetch {
  return (input, init) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let url: URL;
    try {
      url = new URL(raw, origin);
    } catch {
      return Promise.reject(new CrossOriginRequestError(raw));
    }
    if (url.origin !== origin) return Promise.reject(new CrossOriginRequestError(raw));
    const headers = new Headers(init?.headers);
    headers.delete('authorization');
    return baseFetch(url.href, { ...init, headers, credentials: 'omit' });
  };
}

function currentOrigin(): string {
  return typeof window !== 'undefined' && window.location ? window.location.origin : 'http://localhost';
}
