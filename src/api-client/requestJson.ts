import type { AnswerSchema, StacIssue } from '../stac-schema';
import { ApiError, codeForStatus } from './ApiError';
import { isRecord } from '../stac-schema';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Per-call options every client function accepts. */
export interface RequestOptions {
  /** Cancels the request; the promise rejects with an ApiError whose code is `ABORTED`. */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call; `0` disables it. */
  timeoutMs?: number;
}

export interface JsonRequest<T> extends RequestOptions {
  method: HttpMethod;
  url: string;
  /** For messages and logs: `GET /plugins/community`. */
  label: string;
  token: string | null;
  body?: unknown;
  /** A zod schema, or a zod-free reader (answerSchemaOf) where zod must not be shipped. */
  schema: AnswerSchema<T>;
  fetch: typeof fetch;
  defaultTimeoutMs: number;
}

/**
 * One HTTP round trip: Bearer header, JSON body, timeout and caller cancellation combined into one signal,
 * and every failure turned into an ApiError. The response is checked against `schema` so that the rest of
 * the app can trust its types.
 */
export async function requestJson<T>(request: JsonRequest<T>): Promise<T> {
  const callerSignal = request.signal;
  if (callerSignal?.aborted) throw abortedError(request.label, callerSignal.reason);

  const timeoutMs = request.timeoutMs ?? request.defaultTimeoutMs;
  const timeout = timeoutMs > 0 ? startTimeout(timeoutMs) : null;
  const signal = combineSignals([callerSignal, timeout?.signal]);

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.token) headers.Authorization = `Bearer ${request.token}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  let status = 0;
  let text: string;
  let response: Response;
  try {
    response = await request.fetch(request.url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
      // Cookies are not how this API authenticates; never send them along.
      credentials: 'omit',
    });
    status = response.status;
    // The body is read under the same signal, so a server that stalls mid-body still times out.
    text = await response.text();
  } catch (cause) {
    if (callerSignal?.aborted) throw abortedError(request.label, cause);
    if (timeout?.fired()) {
      throw new ApiError({ status, code: 'TIMEOUT', request: request.label, cause });
    }
    throw new ApiError({ status, code: 'NETWORK', request: request.label, cause });
  } finally {
    timeout?.clear();
  }

  const parsed = parseJsonText(text);

  // Some backends answer 200 with `{ success: false, error }`; that is still a failure.
  const saysFailure = parsed.ok && isRecord(parsed.value) && parsed.value.success === false;
  if (!response.ok || saysFailure) throw errorFromResponse(response, parsed, request.label);

  if (!parsed.ok) {
    throw new ApiError({
      status,
      code: 'INVALID_RESPONSE',
      serverMessage: `${request.label} answered with something that is not JSON`,
      request: request.label,
    });
  }

  const checked = request.schema.safeParse(parsed.value);
  if (!checked.success) {
    throw new ApiError({
      status,
      code: 'INVALID_RESPONSE',
      serverMessage: `${request.label} answered with an unexpected shape`,
      issues: checked.error.issues.map((issue): StacIssue => ({
        code: 'invalid_value',
        severity: 'error',
        path: formatPath(issue.path),
        message: issue.message,
      })),
      request: request.label,
      cause: checked.error,
    });
  }
  return checked.data;
}

function abortedError(label: string, cause: unknown): ApiError {
  return new ApiError({ status: 0, code: 'ABORTED', request: label, cause });
}

type JsonText = { ok: true; value: unknown } | { ok: false };

function parseJsonText(text: string): JsonText {
  // An empty body (204) is a valid answer for acknowledgements; the schema decides.
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;

/** Reads `{ success: false, message, error: CODE, issues? }` and falls back to the status when absent. */
function errorFromResponse(response: Response, parsed: JsonText, label: string): ApiError {
  const body = parsed.ok && isRecord(parsed.value) ? parsed.value : {};
  // The documented field is `error`; some backends use `code`.
  const rawCode =
    typeof body.error === 'string' ? body.error : typeof body.code === 'string' ? body.code : undefined;
  const code = rawCode && CODE_PATTERN.test(rawCode) ? rawCode : codeForStatus(response.status);
  // The real Invenicum backend answers some refusals with `message_es` only.
  const rawMessage = typeof body.message === 'string' ? body.message : body.message_es;
  const serverMessage = typeof rawMessage === 'string' && rawMessage.trim() !== '' ? rawMessage : undefined;
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ApiError({
    status: response.status,
    // A 401 always means "sign in again", whatever word the backend used.
    code: response.status === 401 && code !== 'INVALID_CREDENTIALS' ? 'UNAUTHENTICATED' : code,
    serverMessage,
    issues: Array.isArray(body.issues) ? body.issues.filter(isStacIssue) : undefined,
    // `errors`: the list of field messages the real backend's validator (Joi) sends.
    details: body.details ?? body.errors,
    data: body,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    request: label,
  });
}

function isStacIssue(value: unknown): value is StacIssue {
  return isRecord(value) && typeof value.message === 'string' && typeof value.path === 'string';
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(response)' : out;
}

interface Timeout {
  signal: AbortSignal;
  fired(): boolean;
  clear(): void;
}

/** A clearable timeout: AbortSignal.timeout cannot be cancelled once the response has arrived. */
function startTimeout(ms: number): Timeout {
  const controller = new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(new DOMException(`Timed out after ${ms} ms`, 'TimeoutError'));
  }, ms);
  return {
    signal: controller.signal,
    fired: () => fired,
    clear: () => clearTimeout(timer),
  };
}

function combineSignals(signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return present[0];
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(present);
  // Older engines: forward the first abort by hand.
  const controller = new AbortController();
  for (const s of present) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}
