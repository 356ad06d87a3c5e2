// @vitest-environment jsdom
/**
 * The embed ES module as a host with a bundler or an import map loads it: the built, minified
 * dist/embed/stac-slot.js, importing the host's own React by name, against a real server on 127.0.0.1.
 * (The IIFE is covered in Chromium by app.test.ts's embed demo and embedIife.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildOnce, callServerApi, ROOT, startServer, type RunningServer } from './harness';

interface EmbedModule {
  mountPluginSlot(
    element: Element,
    options: { name: string; apiBase: string; token: string; context: Record<string, unknown> },
  ): { update(context: Record<string, unknown>): void; unmount(): void };
}

let server: RunningServer;

beforeAll(async () => {
  buildOnce();
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

it('the built ES module renders alice’s plugins for an asset with the host’s React, and defines <stac-slot>', async () => {
  const login = await callServerApi(server, '/auth/login', {
    method: 'POST',
    body: { username: 'alice', password: 'alice-demo' },
  });
  expect(login.status).toBe(200);
  const token = String(login.body.token);
  const embed = (await import(
    /* @vite-ignore */ pathToFileURL(join(ROOT, 'dist', 'embed', 'stac-slot.js')).href
  )) as EmbedModule;
  expect(customElements.get('stac-slot')).toBeDefined();

  const host = document.createElement('div');
  document.body.append(host);
  const slot = embed.mountPluginSlot(host, {
    name: 'asset_detail',
    apiBase: `${server.url}/api/v1`,
    token,
    context: { asset: { id: 1, name: 'Cordless Drill', quantity: 3 } },
  });
  await waitFor(() => expect(host.textContent).toContain('Health of Cordless Drill'), { timeout: 30_000 });
  slot.update({ asset: { id: 2, name: 'Ladder', quantity: 1 } });
  await waitFor(() => expect(host.textContent).toContain('Health of Ladder'), { timeout: 30_000 });
  slot.unmount();
  expect(host.childElementCount).toBe(0);
});
