import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from '../helpers/testServer';

const stockDesk = {
  id: 'stock-desk',
  name: 'Stock Desk',
  version: '1.0.0',
  author: 'acme',
  slot: 'dashboard_top',
  permissions: ['inventory:read'],
  ui: { type: 'text', data: '<<inventory.lowStockCount>> low' },
  jobs: [
    {
      id: 'low-stock',
      name: 'Low stock report',
      action: { method: 'lowStockReport' },
      summary: '<<result.count>> items low on stock',
    },
    {
      id: 'stale',
      name: 'Stale items',
      action: { method: 'staleItemsReport', params: { days: '<<input.days>>' } },
      summary: '<<result.count>> items not updated for <<result.days>> days',
    },
  ],
  mcp: {
    tools: [
      {
        name: 'low_stock_report',
        description: 'Lists the items at or below their minimum stock.',
        job: 'low-stock',
      },
      {
        name: 'stale_items',
        description: 'Finds items nobody updated for a number of days.',
        job: 'stale',
        input: {
          type: 'object',
          properties: {
            days: { type: 'integer', minimum: 1, maximum: 3650, description: 'Days without an update' },
          },
          required: ['days'],
        },
      },
      {
        name: 'stock_value',
        title: 'Stock value',
        description: 'Values the stock of one currency or all.',
        // A server action of the tool's own, no job declared for it.
        action: { method: 'inventoryValueSummary' },
        summary: '<<result.count>> items worth <<result.total>> <<result.currency>>',
        input: {
          type: 'object',
          properties: { note: { type: 'string', maxLength: 40, description: 'Why you ask' } },
        },
      },
    ],
    resources: [
      { name: 'inventory', description: 'Counts, low stock and value of the inventory.', data: 'inventory' },
      { name: 'last-low-stock', description: 'The last low-stock report.', data: 'job:low-stock' },
    ],
  },
};

let server: TestServer;
let pluginDir: string;
let alice: string;
let bob: string;

beforeAll(async () => {
  pluginDir = mkdtempSync(join(tmpdir(), 'stac-web-mcp-'));
  writeFileSync(join(pluginDir, 'stock-desk.json'), JSON.stringify(stockDesk));
  server = await startTestServer({ pluginDirs: [pluginDir], watchPluginDirs: false });
  alice = await signInAlice(server.url);
  bob = await signInBob(server.url);
  const installed = await callApi(server.url, 'POST', '/plugins/install', {
    token: alice,
    body: { id: 'stock-desk', acceptPermissions: ['inventory:read'] },
  });
  expect(installed.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(pluginDir, { recursive: true, force: true });
});

/** The SDK's own client over Streamable HTTP, signed in as a user (or not at all). */
async function connect(token?: string): Promise<Client> {
  const client = new Client({ name: 'stac-web-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${server.url}/api/v1/mcp`), {
    requestInit: token ? { headers: { Authorization: `Bearer ${token}` } } : {},
  });
  await client.connect(transport);
  return client;
}

/** The text of a tool result's first content part. */
function textOf(result: Record<string, unknown>): string {
  const content = result.content as Array<{ type: string; text?: string }> | undefined;
  return content?.[0]?.text ?? '';
}

describe('the MCP endpoint (/api/v1/mcp)', { timeout: 60_000 }, () => {
  it('refuses a client without a token, or with a wrong one', async () => {
    await expect(connect()).rejects.toThrow(/UNAUTHORIZED.*|Sign in first/);
    await expect(connect('x'.repeat(43))).rejects.toThrow(/"error":"UNAUTHORIZED"/);
    const raw = await fetch(`${server.url}/api/v1/mcp`, {
      method: 'GET',
      headers: { authorization: `Bearer ${alice}` },
    });
    expect(raw.status).toBe(405);
  });

  it("lists the signed-in user's plugin tools and resources, and nobody else's", async () => {
    const client = await connect(alice);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual([
      'stock-desk.low_stock_report',
      'stock-desk.stale_items',
      'stock-desk.stock_value',
    ]);
    expect(tools[1].inputSchema).toMatchObject({
      type: 'object',
      properties: { days: { type: 'integer', minimum: 1, maximum: 3650 } },
      required: ['days'],
    });
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual([
      'stac-web://plugins/stock-desk/inventory',
      'stac-web://plugins/stock-desk/last-low-stock',
    ]);
    await client.close();

    const other = await connect(bob);
    expect((await other.listTools()).tools).toEqual([]);
    await expect(other.callTool({ name: 'stock-desk.low_stock_report', arguments: {} })).rejects.toThrow(
      /no tool "stock-desk.low_stock_report" for you/,
    );
    await other.close();
  });

  it('calls a tool through the job runner, answers its result and records the run as by an assistant', async () => {
    const client = await connect(alice);
    const result = await client.callTool({ name: 'stock-desk.low_stock_report', arguments: {} });
    expect(result.isError).toBeFalsy();
    const answer = JSON.parse(textOf(result)) as {
      status: string;
      summary: string;
      result: { count: number };
    };
    expect(answer).toMatchObject({
      status: 'succeeded',
      summary: '4 items low on stock',
      result: { count: 4 },
    });

    const stale = await client.callTool({ name: 'stock-desk.stale_items', arguments: { days: 1 } });
    expect(JSON.parse(textOf(stale))).toMatchObject({ status: 'succeeded', result: { days: 1 } });

    const history = await callApi<{ runs: Array<{ trigger: string; status: string }> }>(
      server.url,
      'GET',
      '/plugin-jobs/stock-desk/low-stock/runs',
      { token: alice },
    );
    expect(history.body.runs[0]).toMatchObject({ trigger: 'assistant', status: 'succeeded' });

    const last = await client.readResource({ uri: 'stac-web://plugins/stock-desk/last-low-stock' });
    expect(JSON.parse((last.contents[0] as { text: string }).text)).toMatchObject({
      job: 'low-stock',
      summary: '4 items low on stock',
      result: { count: 4 },
    });
    const inventory = await client.readResource({ uri: 'stac-web://plugins/stock-desk/inventory' });
    expect(JSON.parse((inventory.contents[0] as { text: string }).text)).toMatchObject({
      assetCount: 8,
      lowStockCount: 4,
    });
    await client.close();
  });

  it("runs a tool's own server action through the job runner, recorded as its job by an assistant", async () => {
    const client = await connect(alice);
    const result = await client.callTool({ name: 'stock-desk.stock_value', arguments: { note: 'audit' } });
    expect(result.isError).toBeFalsy();
    const answer = JSON.parse(textOf(result)) as {
      status: string;
      summary: string;
      result: { count: number };
    };
    expect(answer).toMatchObject({ status: 'succeeded', result: { count: 8, currency: 'EUR' } });
    expect(answer.summary).toMatch(/^8 items worth [\d.]+ EUR$/);
    const tooLong = await client.callTool({
      name: 'stock-desk.stock_value',
      arguments: { note: 'x'.repeat(41) },
    });
    expect(textOf(tooLong)).toMatch(/note: at most 40 characters/);
    await client.close();

    const jobs = await callApi<{
      jobs: Array<{ id: string; name: string; trigger: string; lastRun: unknown }>;
    }>(server.url, 'GET', '/plugin-jobs', { token: alice });
    expect(jobs.body.jobs.find((job) => job.id === 'mcp-stock_value')).toMatchObject({
      name: 'Stock value',
      trigger: 'assistant',
      lastRun: { trigger: 'assistant', status: 'succeeded', summary: answer.summary },
    });
    // Only the assistant gives the input such an action takes: "Run now" refuses it and records nothing.
    const byHand = await callApi(server.url, 'POST', '/plugin-jobs/stock-desk/mcp-stock_value/run', {
      token: alice,
    });
    expect(byHand.status).toBe(409);
    expect(byHand.body).toMatchObject({ error: 'JOB_NOT_MANUAL' });
    const history = await callApi<{ runs: unknown[] }>(
      server.url,
      'GET',
      '/plugin-jobs/stock-desk/mcp-stock_value/runs',
      { token: alice },
    );
    expect(history.body.runs).toHaveLength(1);
  });

  it('refuses arguments that do not fit the declared input, saying which', async () => {
    const client = await connect(alice);
    const missing = await client.callTool({ name: 'stock-desk.stale_items', arguments: {} });
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toMatch(/days: required/);
    const wrong = await client.callTool({
      name: 'stock-desk.stale_items',
      arguments: { days: 0.5, __proto__x: 1 },
    });
    expect(textOf(wrong)).toMatch(/days: expected a whole number/);
    expect(textOf(wrong)).toMatch(/__proto__x: not an input of this tool/);
    await client.close();
  });

  it('hides a plugin that is switched off or whose MCP exposure the user switched off', async () => {
    const off = await callApi(server.url, 'PUT', '/plugins/user/mcp', {
      token: alice,
      body: { pluginId: 'stock-desk', enabled: false },
    });
    expect(off.body).toMatchObject({
      success: true,
      mcpEnabled: false,
      plugin: { mcpEnabled: false, isActive: true },
    });
    let client = await connect(alice);
    expect((await client.listTools()).tools).toEqual([]);
    expect((await client.listResources()).resources).toEqual([]);
    await client.close();
    await callApi(server.url, 'PUT', '/plugins/user/mcp', {
      token: alice,
      body: { pluginId: 'stock-desk', enabled: true },
    });

    await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: 'stock-desk', isActive: false },
    });
    client = await connect(alice);
    expect((await client.listTools()).tools).toEqual([]);
    await expect(client.callTool({ name: 'stock-desk.low_stock_report', arguments: {} })).rejects.toThrow(
      /no tool/,
    );
    await client.close();
    await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: 'stock-desk', isActive: true },
    });
    client = await connect(alice);
    expect((await client.listTools()).tools).toHaveLength(3);
    await client.close();
  });
});
