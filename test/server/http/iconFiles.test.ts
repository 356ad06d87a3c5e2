/**
 * The server answers one Material icon per request, under whatever folder the renderer's chunk sits in
 * (/assets/ for the app, /embed/ for the embed), over real HTTP.
 */
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
});

describe('icon files', () => {
  it('answers one icon as its encoded path data, cacheable', async () => {
    for (const prefix of ['/assets', '/embed']) {
      const response = await fetch(`${server.url}${prefix}/stac-icons/outlined/shopping_cart.json`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('cache-control')).toContain('max-age');
      const encoded: unknown = await response.json();
      expect(typeof encoded).toBe('string');
      expect(encoded as string).toMatch(/^M/);
    }
  });

  it('says which icon does not exist with a 404, not the app page', async () => {
    const response = await fetch(`${server.url}/assets/stac-icons/filled/no_such_icon.json`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('no_such_icon'),
    });
    expect((await fetch(`${server.url}/assets/stac-icons/bold/home.json`)).status).toBe(404);
  });
});
