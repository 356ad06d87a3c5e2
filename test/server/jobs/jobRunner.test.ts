import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner, type JobRunInput } from '../../../server/jobs/jobRunner';
import { readPluginManifest, type PluginJob } from '../../../src/stac-schema/index';
import { startFixtureServer, type FixtureServer } from '../helpers/fixtureServer';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
let remote: FixtureServer;
/** Requests the remote side never answers, released when the test ends. */
const hanging: Array<() => void> = [];

beforeAll(async () => {
  server = await startTestServer();
  remote = await startFixtureServer({
    '/orders': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"open": 7}'),
    '/big': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ rows: 'x'.repeat(5000) })),
    '/down': (_req, res) => res.writeHead(503, { 'content-type': 'application/json' }).end('{}'),
    '/hang': (_req, res) => hanging.push(() => res.end('{}')),
  });
});

afterAll(async () => {
  hanging.forEach((release) => release());
  await remote?.close();
  await server?.stop();
});

function runner(limits: { timeoutMs?: number; maxResultBytes?: number } = {}) {
  return createJobRunner({
    assets: server.server.services.assets,
    fetch: { allowHttpHosts: ['127.0.0.1'], allowPrivateForTests: ['127.0.0.1'] },
    limits,
  });
}

function input(job: Partial<PluginJob> & Pick<PluginJob, 'action'>, permissions?: string[]): JobRunInput {
  const record = { id: 'job-lab', ...(permissions ? { permissions } : {}) };
  return {
    user: { id: 1, username: 'alice', name: 'Alice' },
    plugin: {
      id: 'job-lab',
      name: 'Job Lab',
      version: '1.0.0',
      manifest: readPluginManifest(record).manifest,
    },
    job: { id: 'job', name: 'Job', trigger: 'manual', ...job },
  };
}

const host = () => `network:127.0.0.1:${remote.port}`;

describe('the job runner', () => {
  it('runs a host method and binds the summary from its result', async () => {
    const outcome = await runner().run(
      input({ action: { method: 'lowStockReport' }, summary: '<<result.count>> items low on stock' }, [
        'inventory:read',
      ]),
    );
    expect(outcome.status).toBe('succeeded');
    expect(outcome.summary).toBe('4 items low on stock');
    expect((outcome.result as { items: Array<{ name: string }> }).items.map((item) => item.name)).toContain(
      'Inspection Camera',
    );
  });

  it('sums the inventory value by currency and category', async () => {
    const outcome = await runner().run(
      input(
        {
          action: { method: 'inventoryValueSummary' },
          summary: '<<result.count>> assets worth <<result.total>> <<result.currency>>',
        },
        ['inventory:read'],
      ),
    );
    expect(outcome.status).toBe('succeeded');
    expect(outcome.summary).toMatch(/^8 assets worth [\d.]+ EUR$/);
  });

  it('refuses inventory methods to a plugin that does not declare inventory:read', async () => {
    const outcome = await runner().run(input({ action: { method: 'lowStockReport' } }, []));
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe('not_permitted');
    expect(outcome.error?.message).toContain('inventory:read');
  });

  it('reads JSON from a declared host through the guarded fetcher, in a multiAction with setValue', async () => {
    const outcome = await runner().run(
      input(
        {
          action: {
            actionType: 'multiAction',
            sync: true,
            actions: [
              { actionType: 'setValue', values: [{ key: 'checked', value: 'orders' }] },
              { actionType: 'networkRequest', url: `${remote.base}/orders`, method: 'get' },
            ],
          },
          summary: '<<result.1.data.open>> open <<variables.checked>>',
        },
        [host()],
      ),
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.summary).toBe('7 open orders');
  });

  it('refuses a host the plugin does not declare, and any method but GET', async () => {
    const undeclared = await runner().run(
      input({ action: { actionType: 'networkRequest', url: `${remote.base}/orders` } }, []),
    );
    expect(undeclared.error).toMatchObject({ code: 'not_permitted' });
    expect(undeclared.error?.message).toContain(`network:127.0.0.1:${remote.port}`);
    const post = await runner().run(
      input(
        { action: { actionType: 'networkRequest', url: `${remote.base}/orders`, method: 'post', body: {} } },
        [host()],
      ),
    );
    expect(post.error).toMatchObject({ code: 'not_permitted' });
    expect(post.error?.message).toContain('GET');
  });

  it('reports a failing remote as a failed run with the reason', async () => {
    const outcome = await runner().run(
      input({ action: { actionType: 'networkRequest', url: `${remote.base}/down` } }, [host()]),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.message).toContain('503');
  });

  it('stops a run at its time limit, even when the remote never answers', async () => {
    const outcome = await runner({ timeoutMs: 300 }).run(
      input({ action: { actionType: 'networkRequest', url: `${remote.base}/hang` } }, [host()]),
    );
    expect(outcome.status).toBe('timed_out');
    expect(outcome.error?.message).toMatch(/longer than/);
  });

  it('fails a run whose result is over the size cap instead of storing it', async () => {
    const outcome = await runner({ maxResultBytes: 1000 }).run(
      input({ action: { actionType: 'networkRequest', url: `${remote.base}/big` } }, [host()]),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe('result_too_large');
    expect(outcome.result).toBeUndefined();
  });

  it('refuses page-only actions with a message that says where they belong', async () => {
    const outcome = await runner().run(input({ action: { actionType: 'navigate', routeName: '/assets' } }));
    expect(outcome.error?.code).toBe('unknown_action');
    expect(outcome.error?.message).toContain('networkRequest');
  });

  it('keeps runs apart: a hanging job does not hold up or break another one', async () => {
    const jobs = runner();
    const controller = new AbortController();
    let slowDone = false;
    const slow = jobs
      .run({
        ...input({ action: { actionType: 'networkRequest', url: `${remote.base}/hang` } }, [host()]),
        signal: controller.signal,
      })
      .finally(() => (slowDone = true));
    const quick = await jobs.run(
      input({ action: { method: 'lowStockReport' }, summary: '<<result.count>>' }, ['inventory:read']),
    );
    expect(quick).toMatchObject({ status: 'succeeded', summary: '4' });
    expect(slowDone).toBe(false);
    controller.abort();
    expect((await slow).status).toBe('cancelled');
  });

  it('ends a cancelled run as cancelled', async () => {
    const controller = new AbortController();
    const hangsBefore = remote.seen.filter((line) => line.startsWith('GET /hang')).length;
    const pending = runner({ timeoutMs: 30_000 }).run({
      ...input({ action: { actionType: 'networkRequest', url: `${remote.base}/hang` } }, [host()]),
      signal: controller.signal,
    });
    await expect
      .poll(() => remote.seen.filter((line) => line.startsWith('GET /hang')).length)
      .toBeGreaterThan(hangsBefore);
    controller.abort();
    expect(await pending).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
  });
});
