import { ActionFailure, isActionFailure } from '../ActionFailure';
import { isPlainRecord } from '../../stac-schema';
import { isActionObject } from '../bindParams';
import type { ActionRun } from '../defineAction';
import type { StacRequest } from './paramSchemas';

export interface RequestOutcome {
  statusCode: number;
  ok: boolean;
  data: unknown;
}

/**
 * Sends a plugin's request after the URL policy allowed it. Credentials are omitted unless the host's
 * `authorizeRequest` opts in for this URL: a plugin can never borrow the user's session by itself.
 */
export async function performRequest(request: StacRequest, run: ActionRun): Promise<RequestOutcome> {
  const check = run.urlPolicy.checkRequest(request.url);
  if (!check.ok) throw new ActionFailure('url_refused', `Request refused: ${check.reason}.`);
  const url = check.url;
  for (const [key, value] of Object.entries(request.queryParameters ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.append(key, stringifyParam(value));
  }

  const method = (request.method ?? 'get').toUpperCase();
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (value === undefined || value === null) continue;
    try {
      headers.set(name, stringifyParam(value));
    } catch {
      throw new ActionFailure('invalid_params', `Header "${name}" is not a valid HTTP header; rename it.`);
    }
  }

  let body: string | undefined;
  if (request.body !== undefined && method !== 'GET') {
    const resolved = await resolveBody(request.body, run, 0);
    const contentType =
      request.contentType ?? (typeof resolved === 'string' ? 'text/plain' : 'application/json');
    headers.set('Content-Type', contentType);
    body = encodeBody(resolved, contentType);
  }

  const authorization = run.urlPolicy.authorize(url);
  for (const [name, value] of Object.entries(authorization ?? {})) headers.set(name, value);

  const timeout = AbortSignal.timeout(run.limits.requestTimeoutMs);
  const signal = run.signal ? AbortSignal.any([run.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await run.services.fetch(url.href, {
      method,
      headers,
      body,
      credentials: authorization ? 'same-origin' : 'omit',
      signal,
    });
  } catch (error) {
    // A host service's own refusal (a plugin without the network permission) keeps its code and message.
    if (isActionFailure(error)) throw error;
    if (run.signal?.aborted) throw new ActionFailure('aborted', 'The request was cancelled.');
    if (timeout.aborted) {
      throw new ActionFailure(
        'request_failed',
        `${url.origin}${url.pathname} did not answer within ${run.limits.requestTimeoutMs} ms.`,
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ActionFailure(
      'request_failed',
      `Could not reach ${url.origin}${url.pathname} (${reason}); check the URL and your connection.`,
    );
  }
  return {
    statusCode: response.status,
    ok: response.ok,
    data: await readBody(response, run.limits.maxResponseBytes),
  };
}

function stringifyParam(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Stac lets a body value be `{ "actionType": "getFormValue", "id": "username" }`: it sends the field's value. */
async function resolveBody(value: unknown, run: ActionRun, depth: number): Promise<unknown> {
  if (depth > run.limits.maxParamDepth) {
    throw new ActionFailure(
      'limit_exceeded',
      `The request body nests deeper than ${run.limits.maxParamDepth} levels.`,
    );
  }
  if (isActionObject(value)) {
    if (value.actionType !== 'getFormValue') {
      throw new ActionFailure(
        'invalid_params',
        `A request body may only contain getFormValue actions, not "${String(value.actionType ?? value.method)}".`,
      );
    }
    return run.run(value);
  }
  if (Array.isArray(value)) return Promise.all(value.map((item) => resolveBody(item, run, depth + 1)));
  if (isPlainRecord(value)) {
    const entries = await Promise.all(
      Object.entries(value).map(
        async ([key, item]) => [key, await resolveBody(item, run, depth + 1)] as const,
      ),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

function encodeBody(value: unknown, contentType: string): string {
  if (/x-www-form-urlencoded/i.test(contentType) && isPlainRecord(value)) {
    const form = new URLSearchParams();
    for (const [key, item] of Object.entries(value)) form.append(key, stringifyParam(item));
    return form.toString();
  }
  if (typeof value === 'string' && !/json/i.test(contentType)) return value;
  return JSON.stringify(value);
}

async function readBody(response: Response, maxBytes: number): Promise<unknown> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new ActionFailure(
      'limit_exceeded',
      `The response is larger than ${maxBytes} bytes; the plugin should ask for less.`,
    );
  }
  const text = await response.text();
  if (text.length > maxBytes) {
    throw new ActionFailure(
      'limit_exceeded',
      `The response is larger than ${maxBytes} bytes; the plugin should ask for less.`,
    );
  }
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
