import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FixtureHandler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  port: number;
  /** Requests seen, as `METHOD path host-header`. */
  seen: string[];
  close(): Promise<void>;
}

/** A plain HTTP server on 127.0.0.1 that plays the remote side of a plugin download. */
export async function startFixtureServer(routes: Record<string, FixtureHandler>): Promise<FixtureServer> {
  const seen: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.host}`);
    const handler = routes[(req.url ?? '/').split('?')[0]];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res, base);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const json =
  (value: unknown): FixtureHandler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  };

export const redirect =
  (to: (base: string) => string): FixtureHandler =>
  (_req, res, base) => {
    res.writeHead(302, { location: to(base) }).end();
  };

/**
 * A fetcher policy that lets the server download from a fixture server on 127.0.0.1. The timeout is a
 * ceiling for a loaded 2-core machine: no test that uses it waits for it to pass.
 */
export const localFixtureFetchPolicy = {
  allowHosts: ['127.0.0.1'],
  allowHttpHosts: ['127.0.0.1'],
  allowPrivateForTests: ['127.0.0.1'],
  timeoutMs: 30_000,
};
