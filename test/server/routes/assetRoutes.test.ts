import { afterEach, describe, expect, it } from 'vitest';
import { callApi, signInAlice, startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const ASSET = 'asset-drill-01';

describe('editing an asset', () => {
  it('saves the edited fields, keeps the others and answers with the asset as it now is', async () => {
    server = await startTestServer();
    const token = await signInAlice(server.url);
    const before = (await callApi<Record<string, unknown>>(server.url, 'GET', `/assets/${ASSET}`, { token }))
      .body;
    const edit = await callApi<{ asset: Record<string, unknown>; changedFields: string[] }>(
      server.url,
      'PATCH',
      `/assets/${ASSET}`,
      { token, body: { quantity: 1, location: '  Van 2 ', name: before.name } },
    );
    expect(edit.status).toBe(200);
    expect(edit.body.changedFields).toEqual(['location', 'quantity']);
    expect(edit.body.asset).toMatchObject({
      quantity: 1,
      location: 'Van 2',
      lowStock: true,
      name: before.name,
    });
    const after = (await callApi<Record<string, unknown>>(server.url, 'GET', `/assets/${ASSET}`, { token }))
      .body;
    expect(after).toMatchObject({ quantity: 1, location: 'Van 2', category: before.category });
    expect(after.updatedAt).not.toBe(before.updatedAt);
  });

  it('refuses bad input with a message naming the field, and writes nothing', async () => {
    server = await startTestServer();
    const token = await signInAlice(server.url);
    const before = (await callApi(server.url, 'GET', `/assets/${ASSET}`, { token })).body;
    const cases: [unknown, string][] = [
      [{ quantity: -1 }, 'quantity cannot be negative'],
      [{ quantity: 1.5 }, 'quantity must be a whole number'],
      [{ name: '   ' }, 'name cannot be empty'],
      [{ serialNumber: 'x' }, 'these fields cannot be edited: serialNumber'],
      [{}, 'send at least one field'],
    ];
    for (const [body, message] of cases) {
      const answer = await callApi<{ error: string; problems: string[] }>(
        server.url,
        'PATCH',
        `/assets/${ASSET}`,
        {
          token,
          body,
        },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBe('INVALID_REQUEST');
      expect(answer.body.problems.join(' ')).toContain(message);
    }
    expect((await callApi(server.url, 'GET', `/assets/${ASSET}`, { token })).body).toEqual(before);
  });

  it('answers 404 for an unknown asset and 401 without a session', async () => {
    server = await startTestServer();
    const token = await signInAlice(server.url);
    const missing = await callApi<{ error: string }>(server.url, 'PATCH', '/assets/nope', {
      token,
      body: { quantity: 1 },
    });
    expect([missing.status, missing.body.error]).toEqual([404, 'ASSET_NOT_FOUND']);
    const anonymous = await callApi(server.url, 'PATCH', `/assets/${ASSET}`, { body: { quantity: 1 } });
    expect(anonymous.status).toBe(401);
  });
});
