import type { AnswerSchema } from '../stac-schema';
import { ApiError } from './ApiError';
import type { AuthSource } from './createMemoryAuth';
import { requestJson, type HttpMethod, type RequestOptions } from './requestJson';

/** One request as a backend profile describes it; the transport adds the base URL, token and timeout. */
export interface ApiCall<T> extends RequestOptions {
  method: HttpMethod;
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  schema: AnswerSchema<T>;
  /** A 401 here means wrong credentials (or no session yet), not an expired session. */
  isSignIn?: boolean;
}

export interface Transport {
  readonly baseUrl: string;
  readonly auth: AuthSource;
  call<T>(call: ApiCall<T>): Promise<T>;
}

export interface TransportOptions {
  baseUrl: string;
  auth: AuthSource;
  fetch?: typeof fetch;
  timeoutMs: number;
  /** Runs after any request (other than sign-in) answered 401, once the token is cleared. */
  onUnauthenticated(error: ApiError): void;
}

/** The HTTP side every backend profile shares: URL, Bearer token, timeout, and the 401 bookkeeping. */
export function createTransport(options: TransportOptions): Transport {
  const { baseUrl, auth } = options;
  return {
    baseUrl,
    auth,
    async call<T>(c: ApiCall<T>): Promise<T> {
      const label = `${c.method} ${c.path}`;
      try {
        return await requestJson({
          method: c.method,
          url: buildUrl(baseUrl, c.path, c.query),
          label,
          token: auth.getToken(),
          body: c.body,
          schema: c.schema,
          // Looked up per call so that a test (or msw) that replaces the global after creation is honoured.
          fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
          defaultTimeoutMs: options.timeoutMs,
          signal: c.signal,
          timeoutMs: c.timeoutMs,
        });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && !c.isSignIn) {
          auth.setToken(null);
          options.onUnauthenticated(error);
        }
        throw error;
      }
    },
  };
}

function buildUrl(baseUrl: string, path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, value);
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}
