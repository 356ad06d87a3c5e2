/**
 * A server whose catalog holds plugins with jobs (written to a temporary catalog folder once the remote
 * fixture's port is known), with alice's installs of them, for the job route tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { ServerOptions } from '../../../server/index';
import { startFixtureServer, type FixtureServer } from '../helpers/fixtureServer';
import { callApi, signInAlice, startTestServer, type TestServer } from '../helpers/testServer';

export const SERVICE_TOKEN = 'service-token-for-job-tests-0123456789';

const ui = { type: 'text', data: 'Job lab' };

export function jobLabPlugin(remotePort: number) {
  return {
    id: 'job-lab',
    name: 'Job Lab',
    version: '1.0.0',
    author: 'stac-web',
    slot: 'dashboard_top',
    ui,
    permissions: ['inventory:read', `network:127.0.0.1:${remotePort}`],
    jobs: [
      {
        id: 'low-stock',
        name: 'Low stock report',
        action: { method: 'lowStockReport' },
        summary: '<<result.count>> items low on stock',
      },
      {
        id: 'value',
        name: 'Inventory value',
        trigger: 'scheduled',
        scheduleLabel: 'Every morning',
        action: { method: 'inventoryValueSummary' },
        summary: '<<result.count>> assets worth <<result.total>> <<result.currency>>',
      },
      {
        id: 'orders',
        name: 'Open orders',
        trigger: 'scheduled',
        schedule: 'every 2 hours',
        action: { actionType: 'networkRequest', url: `http://127.0.0.1:${remotePort}/orders` },
        summary: '<<result.data.open>> open orders',
      },
      {
        id: 'hang',
        name: 'Never answers',
        action: { actionType: 'networkRequest', url: `http://127.0.0.1:${remotePort}/hang` },
      },
    ],
  };
}

export interface JobLab {
  server: TestServer;
  remote: FixtureServer;
  alice: string;
  /** Sets the server's clock (scheduling reads it). */
  setNow(date: Date): void;
  /** Lets the remote's `/orders` fail (503) or answer again. */
  setOrdersDown(down: boolean): void;
  stop(): Promise<void>;
}

export async function startJobLab(options: ServerOptions = {}): Promise<JobLab> {
  let ordersDown = false;
  const hanging: Array<() => void> = [];
  const remote = await startFixtureServer({
    '/orders': (_req, res) =>
      ordersDown
        ? res.writeHead(503, { 'content-type': 'application/json' }).end('{}')
        : res.writeHead(200, { 'content-type': 'application/json' }).end('{"open": 7}'),
    '/hang': (_req, res) => hanging.push(() => res.end('{}')),
  });
  const dir = mkdtempSync(join(tmpdir(), 'stac-web-jobs-'));
  const catalogDir = join(dir, 'plugins');
  mkdirSync(catalogDir);
  writeFileSync(join(catalogDir, 'job-lab.json'), JSON.stringify(jobLabPlugin(remote.port)));
  let now = new Date('2026-03-02T08:00:00.000Z');
  const server = await startTestServer(
    {
      catalogDir,
      serviceToken: SERVICE_TOKEN,
      fetch: { allowHttpHosts: ['127.0.0.1'], allowPrivateForTests: ['127.0.0.1'] },
      ...options,
      jobs: { now: () => now, ...options.jobs },
    },
    dir,
  );
  const alice = await signInAlice(server.url);
  const installed = await callApi(server.url, 'POST', '/plugins/install', {
    token: alice,
    body: { id: 'job-lab', acceptPermissions: jobLabPlugin(remote.port).permissions },
  });
  if (installed.status !== 200)
    throw new Error(`installing job-lab failed: ${JSON.stringify(installed.body)}`);
  return {
    server,
    remote,
    alice,
    setNow: (date) => (now = date),
    setOrdersDown: (down) => (ordersDown = down),
    async stop() {
      hanging.forEach((release) => release());
      await server.stop();
      await remote.close();
    },
  };
}
