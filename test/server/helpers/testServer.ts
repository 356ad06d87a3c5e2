import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { startServer, type RunningServer, type ServerOptions } from '../../../server/index';
import { dropTestDatabase, testDatabase, TEST_DIALECT, type TestDialect } from './testDatabase';

export interface TestServer extends RunningServer {
  /** The SQLite path the test asked for (on PostgreSQL, the name its database is derived from). */
  dbPath: string;
  /** What the server was given as `STAC_WEB_DB`: that path, or a postgres:// URL. */
  database: string;
  dialect: TestDialect;
  /**
   * The server's own query layer, for tests that look at or break rows directly:
   * `await sql\`UPDATE sessions SET ...\`.execute(server.db)` runs on SQLite and PostgreSQL alike.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw `sql` needs no table types
  db: Kysely<any>;
  dir: string;
  /** Closes the server; `keepFiles` leaves the database for a restart test. */
  stop(keepFiles?: boolean): Promise<void>;
}

/**
 * A real server on 127.0.0.1, port 0, with its own database: a file in a fresh temp directory, or in the
 * PostgreSQL run a fresh database (see testDatabase.ts).
 */
export async function startTestServer(
  options: ServerOptions = {},
  dir = mkdtempSync(join(tmpdir(), 'stac-web-test-')),
): Promise<TestServer> {
  const dbPath = options.dbPath ?? join(dir, 'test.db');
  const database = await testDatabase(dbPath);
  const running = await startServer({
    host: '127.0.0.1',
    port: 0,
    log: false,
    demo: true,
    ...options,
    dbPath: undefined,
    database,
  });
  return {
    ...running,
    dbPath,
    database,
    dialect: TEST_DIALECT,
    db: running.server.db,
    dir,
    async stop(keepFiles = false) {
      await running.close();
      if (!keepFiles) {
        await dropTestDatabase(dbPath);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the API with an optional Bearer token and JSON body; the body is parsed when it is JSON. */
export async function callApi<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${baseUrl}/api/v1${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const answer = await callApi<{ token: string }>(baseUrl, 'POST', '/auth/login', {
    body: { username, password },
  });
  if (answer.status !== 200) throw new Error(`sign-in of ${username} failed with ${answer.status}`);
  return answer.body.token;
}

export const signInAlice = (baseUrl: string) => signIn(baseUrl, 'alice', 'alice-demo');
export const signInBob = (baseUrl: string) => signIn(baseUrl, 'bob', 'bob-demo');
