import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './appEnv';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  [field: string]: unknown;
}

export type Logger = (entry: LogEntry) => void;

/** One JSON object per line on stdout: easy to grep, easy to ship. */
export const jsonLineLogger: Logger = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

export const silentLogger: Logger = () => {};

/** The line of one request, `started` at that `performance.now()`. */
export function requestLogEntry(
  method: string,
  path: string,
  status: number,
  started: number,
  username: string | undefined,
): LogEntry {
  return {
    level: status >= 500 ? 'error' : 'info',
    msg: 'request',
    method,
    path,
    status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    user: username,
  };
}

/** One line per request. Query strings are left out: they may carry URLs or search terms. */
export function requestLogger(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log(requestLogEntry(c.req.method, c.req.path, c.res.status, started, c.get('user')?.username));
  };
}
