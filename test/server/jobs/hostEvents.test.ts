/**
 * Host events delivered on the server: editing an asset over HTTP runs the server actions of the editor's
 * subscribed, active, granted plugins, each recorded like a job run; page actions are left to the page.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../../../server/index';
import type { JobRunView, JobView } from '../../../server/jobs/jobService';
import { startFixtureServer, type FixtureServer } from '../helpers/fixtureServer';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from '../helpers/testServer';

const ASSET = 'asset-drill-01';

function plugins(port: number) {
  const hook = (name: string) => ({
    actionType: 'networkRequest',
    url: `http://127.0.0.1:${port}/${name}?asset=<<asset.id>>&qty=<<asset.quantity>>`,
  });
  const base = {
    version: '1.0.0',
    author: 'stac-web',
    slot: 'dashboard_top',
    ui: { type: 'text', data: 'x' },
  };
  return [
    {
      ...base,
      id: 'watcher',
      name: 'Watcher',
      permissions: ['asset:read', 'inventory:read', `network:127.0.0.1:${port}`],
      jobs: [{ id: 'report', name: 'Report', action: { method: 'lowStockReport' } }],
      subscriptions: [
        { event: 'asset.changed', action: hook('changed'), summary: 'Told the shop about <<asset.name>>' },
        { event: 'asset.changed', action: { actionType: 'showSnackBar', content: 'page only' } },
        { event: 'job.finished', action: hook('finished') },
      ],
    },
    {
      ...base,
      id: 'blind',
      name: 'Blind',
      permissions: [`network:127.0.0.1:${port}`],
      subscriptions: [{ event: 'asset.changed', action: hook('blind') }],
    },
    {
      ...base,
      id: 'sleeper',
      name: 'Sleeper',
      permissions: ['asset:read', `network:127.0.0.1:${port}`],
      subscriptions: [{ event: 'asset.changed', action: hook('sleeper') }],
    },
  ];
}

/** In the catalog, installed by the tests themselves: a plugin that greets every install, and a plain one. */
function laterPlugins(port: number) {
  const base = {
    version: '2.1.0',
    author: 'stac-web',
    slot: 'dashboard_top',
    ui: { type: 'text', data: 'x' },
  };
  return [
    {
      ...base,
      id: 'greeter',
      name: 'Greeter',
      permissions: [`network:127.0.0.1:${port}`],
      subscriptions: [
        {
          event: 'plugin.installed',
          action: {
            actionType: 'networkRequest',
            url: `http://127.0.0.1:${port}/installed?id=<<installedPlugin.id>>&v=<<installedPlugin.version>>&by=<<event.pluginId>>`,
          },
          summary: 'Welcomed <<installedPlugin.name>> <<installedPlugin.version>>',
        },
      ],
    },
    { ...base, id: 'plain', name: 'Plain', permissions: [] },
  ];
}

interface Lab {
  server: TestServer;
  remote: FixtureServer;
  alice: string;
  stop(): Promise<void>;
}

let lab: Lab | undefined;
afterEach(async () => {
  await lab?.server.stop();
  await lab?.remote.close();
  lab = undefined;
});

async function startLab(jobs?: ServerOptions['jobs']): Promise<Lab> {
  const remote = await startFixtureServer({
    '/changed': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":1}'),
    '/finished': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    '/blind': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    '/sleeper': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    '/installed': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'stac-web-events-'));
  const catalogDir = join(dir, 'plugins');
  mkdirSync(catalogDir);
  for (const plugin of [...plugins(remote.port), ...laterPlugins(remote.port)])
    writeFileSync(join(catalogDir, `${plugin.id}.json`), JSON.stringify(plugin));
  const server = await startTestServer(
    { catalogDir, fetch: { allowHttpHosts: ['127.0.0.1'], allowPrivateForTests: ['127.0.0.1'] }, jobs },
    dir,
  );
  const alice = await signInAlice(server.url);
  for (const plugin of plugins(remote.port)) {
    const installed = await callApi(server.url, 'POST', '/plugins/install', {
      token: alice,
      body: { id: plugin.id, acceptPermissions: plugin.permissions },
    });
    if (installed.status !== 200) throw new Error(JSON.stringify(installed.body));
  }
  const off = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
    token: alice,
    body: { pluginId: 'sleeper', isActive: false },
  });
  if (off.status !== 200) throw new Error(`switching sleeper off: ${JSON.stringify(off.body)}`);
  return { server, remote, alice, stop: async () => undefined };
}

async function finished(lab: Lab, runId: number): Promise<JobRunView> {
  let run: JobRunView | undefined;
  await expect
    .poll(
      async () => {
        run = (
          await callApi<{ run: JobRunView }>(lab.server.url, 'GET', `/plugin-jobs/runs/${runId}`, {
            token: lab.alice,
          })
        ).body.run;
        return run.status;
      },
      { timeout: 30_000, interval: 50 },
    )
    .not.toBe('running');
  return run!;
}

async function install(lab: Lab, token: string, id: string) {
  const plugin = laterPlugins(lab.remote.port).find((candidate) => candidate.id === id)!;
  const answer = await callApi<{ eventRuns: JobRunView[] }>(lab.server.url, 'POST', '/plugins/install', {
    token,
    body: { id, acceptPermissions: plugin.permissions },
  });
  expect(answer.status).toBe(200);
  return answer.body.eventRuns;
}

const hits = (remote: FixtureServer, path: string) =>
  remote.seen.filter((line) => line.startsWith(`GET /${path}`));

describe('host events on the server', () => {
  it('runs the server action of each active subscriber granted the asset, recorded like a job run', async () => {
    lab = await startLab();
    const edit = await callApi<{ eventRuns: JobRunView[]; changedFields: string[] }>(
      lab.server.url,
      'PATCH',
      `/assets/${ASSET}`,
      { token: lab.alice, body: { quantity: 1 } },
    );
    expect(edit.status).toBe(200);
    expect(edit.body.changedFields).toEqual(['quantity']);
    // Only Watcher: Blind lacks asset:read, Sleeper is switched off, the snack bar is the page's.
    expect(edit.body.eventRuns.map((run) => [run.pluginId, run.jobId, run.trigger])).toEqual([
      ['watcher', 'on-asset-changed-1', 'event'],
    ]);
    const run = await finished(lab, edit.body.eventRuns[0].id);
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Told the shop about Cordless Drill' });
    expect(hits(lab.remote, 'changed')).toEqual([expect.stringContaining(`asset=${ASSET}&qty=1`)]);
    expect(hits(lab.remote, 'blind')).toEqual([]);
    expect(hits(lab.remote, 'sleeper')).toEqual([]);

    // The plugins page lists the subscription as an event entry with its last run, and refuses "Run now".
    const jobs = (
      await callApi<{ jobs: JobView[] }>(lab.server.url, 'GET', '/plugin-jobs', { token: lab.alice })
    ).body.jobs;
    const entry = jobs.find((job) => job.pluginId === 'watcher' && job.id === 'on-asset-changed-1');
    expect(entry).toMatchObject({
      trigger: 'event',
      event: 'asset.changed',
      name: 'When an asset is edited',
    });
    expect(entry?.lastRun?.summary).toBe('Told the shop about Cordless Drill');
    const runNow = await callApi<{ error: string }>(
      lab.server.url,
      'POST',
      '/plugin-jobs/watcher/on-asset-changed-1/run',
      { token: lab.alice },
    );
    expect([runNow.status, runNow.body.error]).toEqual([409, 'JOB_NOT_MANUAL']);
  });

  it('tells a plugin that its job finished, once (an event run raises nothing itself)', async () => {
    lab = await startLab();
    const started = await callApi<{ run: JobRunView }>(
      lab.server.url,
      'POST',
      '/plugin-jobs/watcher/report/run',
      {
        token: lab.alice,
      },
    );
    expect((await finished(lab, started.body.run.id)).status).toBe('succeeded');
    await expect.poll(() => hits(lab!.remote, 'finished').length, { timeout: 30_000, interval: 50 }).toBe(1);
    const history = await callApi<{ runs: JobRunView[] }>(
      lab.server.url,
      'GET',
      '/plugin-jobs/watcher/on-job-finished-3/runs',
      { token: lab.alice },
    );
    await finished(lab, history.body.runs[0].id);
    expect(hits(lab.remote, 'finished')).toHaveLength(1);
  });

  it('runs nothing for another user who has not installed the plugins', async () => {
    lab = await startLab();
    const bob = await signInBob(lab.server.url);
    const edit = await callApi<{ eventRuns: JobRunView[] }>(lab.server.url, 'PATCH', `/assets/${ASSET}`, {
      token: bob,
      body: { quantity: 9 },
    });
    expect(edit.status).toBe(200);
    expect(edit.body.eventRuns).toEqual([]);
  });

  it('tells installed plugins, the new one included, about each install once it has committed', async () => {
    lab = await startLab();
    // Greeter hears its own install: the answer names the run it started.
    const own = await install(lab, lab.alice, 'greeter');
    expect(own.map((run) => [run.pluginId, run.jobId, run.trigger])).toEqual([
      ['greeter', 'on-plugin-installed-1', 'event'],
    ]);
    expect(await finished(lab, own[0].id)).toMatchObject({
      status: 'succeeded',
      summary: 'Welcomed Greeter 2.1.0',
    });
    expect(hits(lab.remote, 'installed')).toEqual([
      expect.stringContaining('/installed?id=greeter&v=2.1.0&by=greeter'),
    ]);

    // A later install reaches it too; Watcher does not subscribe, so it is not told.
    const later = await install(lab, lab.alice, 'plain');
    expect(later.map((run) => run.pluginId)).toEqual(['greeter']);
    expect((await finished(lab, later[0].id)).summary).toBe('Welcomed Plain 2.1.0');

    // Another user's install is not alice's event.
    const bob = await signInBob(lab.server.url);
    expect(await install(lab, bob, 'plain')).toEqual([]);
    expect(hits(lab.remote, 'installed')).toHaveLength(2);
  });

  it('does not tell a switched-off plugin about installs', async () => {
    lab = await startLab();
    const own = await install(lab, lab.alice, 'greeter');
    await finished(lab, own[0].id);
    const off = await callApi(lab.server.url, 'PUT', '/plugins/user/toggle', {
      token: lab.alice,
      body: { pluginId: 'greeter', isActive: false },
    });
    expect(off.status).toBe(200);
    expect(await install(lab, lab.alice, 'plain')).toEqual([]);
    expect(hits(lab.remote, 'installed')).toHaveLength(1);
  });

  it('drops event runs over the per-user limit and records each drop with the reason', async () => {
    lab = await startLab({ eventLimits: { perMinute: 2 } });
    const edits = [];
    for (const quantity of [11, 12, 13]) {
      const edit = await callApi<{ eventRuns: JobRunView[] }>(lab.server.url, 'PATCH', `/assets/${ASSET}`, {
        token: lab.alice,
        body: { quantity },
      });
      expect(edit.status).toBe(200);
      edits.push(edit.body.eventRuns);
    }
    // The edits are all saved; the third one's event run was not started. A started run may already have
    // finished by the time its edit answers (a quiet machine fetches from 127.0.0.1 in a millisecond).
    const started = (status: string) => (status === 'running' || status === 'succeeded' ? 'started' : status);
    expect(edits.map((runs) => runs.map((run) => started(run.status)))).toEqual([
      ['started'],
      ['started'],
      ['dropped'],
    ]);
    expect(edits[2][0].error).toMatchObject({ code: 'event_limit' });
    expect(edits[2][0].error?.message).toMatch(/more than 2 event runs for you in a minute/);
    await finished(lab, edits[1][0].id);
    await expect.poll(() => hits(lab!.remote, 'changed').length, { timeout: 30_000, interval: 50 }).toBe(2);
    const history = await callApi<{ runs: JobRunView[] }>(
      lab.server.url,
      'GET',
      '/plugin-jobs/watcher/on-asset-changed-1/runs',
      { token: lab.alice },
    );
    expect(history.body.runs[0]).toMatchObject({ status: 'dropped', trigger: 'event' });
  });
});
