/**
 * The work of createWidgetRequestRunner (widgetRequestRunner.ts says the rules): one data widget's `request`
 * checked, sent through the host's `fetch` and its answer read within the action registry's limits.
 */
import type { ActionRegistry, HostServices } from '../actions';
import type { StacRequestOutcome } from './widgets';
import { sanitizeUrl, isRecord } from '../stac-schema';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** An abort signal that fires on either input (AbortSignal.any where available). */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (a.aborted || b.aborted) controller.abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return controller.signal;
}

export interface WidgetRequestOptions {
  /** The registry whose URL policy and limits apply, or a getter that returns the current one. */
  actions: ActionRegistry | (() => ActionRegistry);
  services: () => HostServices;
}

/** One request of a data widget: checked, sent through the host's `fetch`, its answer read within the limits. */
export async function runWidgetRequest(
  request: unknown,
  signal: AbortSignal,
  options: WidgetRequestOptions,
): Promise<StacRequestOutcome> {
  const actions = typeof options.actions === 'function' ? options.actions() : options.actions;
  if (!isRecord(request) || typeof request.url !== 'string') {
    throw new Error('This widget needs a "request" with a "url".');
  }
  const safe = sanitizeUrl(request.url, { kind: 'request' });
  if (safe === null) throw new Error(`Request refused: "${request.url}" is not an http(s) or relative URL.`);
  const { urlPolicy, limits } = actions;
  const check = urlPolicy.checkRequest(safe);
  if (!check.ok) throw new Error(`Request refused: ${check.reason}.`);
  const url = check.url;
  if (isRecord(request.queryParameters)) {
    for (const [key, value] of Object.entries(request.queryParameters)) {
      if (value !== undefined && value !== null) url.searchParams.append(key, asText(value));
    }
  }
  const method = typeof request.method === 'string' ? request.method.toUpperCase() : 'GET';
  if (!METHODS.has(method)) throw new Error(`Request method "${String(request.method)}" is not supported.`);

  const headers = new Headers();
  if (isRecord(request.headers)) {
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || value === null) continue;
      try {
        headers.set(name, asText(value));
      } catch {
        throw new Error(`Header "${name}" is not a valid HTTP header.`);
      }
    }
  }
  let body: string | undefined;
  if (request.body !== undefined && request.body !== null && method !== 'GET') {
    const contentType =
      typeof request.contentType === 'string'
        ? request.contentType
        : typeof request.body === 'string'
          ? 'text/plain'
          : 'application/json';
    headers.set('Content-Type', contentType);
    body =
      typeof request.body === 'string' && !/json/i.test(contentType)
        ? request.body
        : JSON.stringify(request.body);
  }
  const authorization = urlPolicy.authorize(url);
  for (const [name, value] of Object.entries(authorization ?? {})) headers.set(name, value);

  const timeout = AbortSignal.timeout(limits.requestTimeoutMs);
  let response: Response;
  try {
    response = await options.services().fetch(url.href, {
      method,
      headers,
      body,
      credentials: authorization ? 'same-origin' : 'omit',
      signal: eitherSignal(signal, timeout),
    });
  } catch (error) {
    if (timeout.aborted)
      throw new Error(`${url.origin}${url.pathname} did not answer in time.`, { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not reach ${url.origin}${url.pathname}: ${reason}`, { cause: error });
  }
  const text = await response.text();
  if (text.length > limits.maxResponseBytes) {
    throw new Error(`The response is larger than ${limits.maxResponseBytes} bytes.`);
  }
  let data: unknown = null;
  if (text !== '') {
    try {
      data = JSON.parse(text) as unknown;
    } catch {
      data = text;
    }
  }
  const outcome: StacRequestOutcome = { statusCode: response.status, ok: response.ok, data };
  return outcome;
}
