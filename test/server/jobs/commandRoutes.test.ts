/**
 * Commands whose action runs on the server, over HTTP: chosen from a host menu they run through the job runner
 * with the plugin's permissions (the asset read by the server, reduced to the plugin's grants), are recorded
 * with trigger `command` and answer their summary; page commands, other users and switched-off plugins are
 * refused with a code that says why.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobRunView, JobView } from '../../../server/jobs/jobService';
import { startFixtureServer, type FixtureServer } from '../helpers/fixtureServer';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from '../helpers/testServer';

const ASSET = 'asset-drill-01';

function plugins(port: number) {
  const base = {
    version: '1.0.0',
    author: 'stac-web',
    slot: 'dashboard_top',
    ui: { type: 'text', data: 'x' },
  };
  const lookup = {
    id: 'lookup',
    title: 'Look it up',
    where: 'asset_actions',
    action: { actionType: 'networkRequest', url: `http://127.0.0.1:${port}/lookup?asset=<<asset.id>>` },
    summary: 'Looked up <<asset.name>>: <<result.data.hits>> hits',
  };
  return [
    {
      ...base,
      id: 'helper',
      name: 'Helper',
      permissions: ['asset:read', 'inventory:read', `network:127.0.0.1:${port}`],
      commands: [
        lookup,
        {
          id: 'low-stock',
          title: 'Low stock report',
          where: 'dashboard',
          action: { method: 'lowStockReport' },
          summary: '<<result.count>> items low on stock',
        },
        {
          id: 'hello',
          title: 'Say hello',
          where: 'dashboard',
          action: { actionType: 'showSnackBar', content: 'hello' },
        },
      ],
    },
    // The same command without asset:read: the server never hands it the asset.
    { ...base, id: 'blind', name: 'Blind', permissions: [`network:127.0.0.1:${port}`], commands: [lookup] },
  ];
}

interface Lab {
  server: TestServer;
  remote: FixtureServer;
  alice: string;
}

let lab: Lab | undefined;
afterEach(async () => {
  await lab?.server.stop();
  await lab?.remote.close();
  lab = undefined;
});

async function startLab(): Promise<Lab> {
  const remote = await startFixtureServer({
    '/lookup': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"hits":4}'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'stac-web-commands-'));
  const catalogDir = join(dir, 'plugins');
  mkdirSync(catalogDir);
  for (const plugin of plugins(remote.port))
    writeFileSync(join(catalogDir, `${plugin.id}.json`), JSON.stringify(plugin));
  const server = await startTestServer(
    { catalogDir, fetch: { allowHttpHosts: ['127.0.0.1'], allowPrivateForTests: ['127.0.0.1'] } },
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
  return { server, remote, alice };
}

const runCommand = (lab: Lab, path: string, body: unknown = {}, token = lab.alice) =>
  callApi<{ run: JobRunView; error?: string; message?: string }>(
    lab.server.url,
    'POST',
    `/plugin-commands/${path}/run`,
    { token, body },
  );

describe('commands that run on the server', () => {
  it('runs an asset command with the asset the server read, records it and answers its summary', async () => {
    lab = await startLab();
    const answer = await runCommand(lab, 'helper/lookup', { assetId: ASSET });
    expect(answer.status).toBe(200);
    expect(answer.body.run).toMatchObject({
      pluginId: 'helper',
      jobId: 'command-lookup',
      trigger: 'command',
      status: 'succeeded',
      summary: 'Looked up Cordless Drill: 4 hits',
    });
    expect(lab.remote.seen).toEqual([expect.stringContaining(`/lookup?asset=${ASSET}`)]);

    // The plugins page lists it with its last run; "Run now" says where it runs from.
    const jobs = (
      await callApi<{ jobs: JobView[] }>(lab.server.url, 'GET', '/plugin-jobs', { token: lab.alice })
    ).body.jobs;
    const entry = jobs.find((job) => job.pluginId === 'helper' && job.id === 'command-lookup');
    expect(entry).toMatchObject({ trigger: 'command', name: 'Look it up' });
    expect(entry?.lastRun?.summary).toBe('Looked up Cordless Drill: 4 hits');
    const runNow = await callApi<{ error: string; message: string }>(
      lab.server.url,
      'POST',
      '/plugin-jobs/helper/command-lookup/run',
      { token: lab.alice },
    );
    expect([runNow.status, runNow.body.error]).toEqual([409, 'JOB_NOT_MANUAL']);
    expect(runNow.body.message).toContain('Asset actions');
  });

  it('runs a dashboard command through a host method with the plugin’s permission', async () => {
    lab = await startLab();
    const answer = await runCommand(lab, 'helper/low-stock');
    expect(answer.status).toBe(200);
    expect(answer.body.run.status).toBe('succeeded');
    expect(answer.body.run.summary).toMatch(/^\d+ items low on stock$/);
    expect(answer.body.run.result).toMatchObject({ count: expect.any(Number) });
  });

  it('never hands the asset to a plugin that lacks asset:read', async () => {
    lab = await startLab();
    const answer = await runCommand(lab, 'blind/lookup', { assetId: ASSET });
    expect(answer.status).toBe(200);
    expect(lab.remote.seen).toEqual([expect.stringMatching(/\/lookup\?asset=(?:&|$|\s)/)]);
  });

  it('refuses what it cannot run, saying why', async () => {
    lab = await startLab();
    const inPage = await runCommand(lab, 'helper/hello');
    expect([inPage.status, inPage.body.error]).toEqual([409, 'COMMAND_RUNS_IN_PAGE']);
    const noAsset = await runCommand(lab, 'helper/lookup');
    expect([noAsset.status, noAsset.body.error]).toEqual([400, 'INVALID_REQUEST']);
    expect(noAsset.body.message).toContain('"assetId"');
    const unknownAsset = await runCommand(lab, 'helper/lookup', { assetId: 'asset-nope' });
    expect([unknownAsset.status, unknownAsset.body.error]).toEqual([404, 'ASSET_NOT_FOUND']);
    const unknownCommand = await runCommand(lab, 'helper/nope');
    expect([unknownCommand.status, unknownCommand.body.error]).toEqual([404, 'COMMAND_NOT_FOUND']);
    const extra = await runCommand(lab, 'helper/low-stock', { asset: { id: 'forged' } });
    expect([extra.status, extra.body.error]).toEqual([400, 'INVALID_REQUEST']);
    const bob = await signInBob(lab.server.url);
    const notBobs = await runCommand(lab, 'helper/low-stock', {}, bob);
    expect([notBobs.status, notBobs.body.error]).toEqual([404, 'PLUGIN_NOT_FOUND']);
    const off = await callApi(lab.server.url, 'PUT', '/plugins/user/toggle', {
      token: lab.alice,
      body: { pluginId: 'helper', isActive: false },
    });
    expect(off.status).toBe(200);
    const inactive = await runCommand(lab, 'helper/low-stock');
    expect([inactive.status, inactive.body.error]).toEqual([409, 'PLUGIN_INACTIVE']);
    expect(lab.remote.seen).toEqual([]);
  });
});
