/**
 * The server's side of the one URL table (test/fixtures/urlCases.ts): publishing a plugin whose image, web
 * view or request carries the URL is accepted or refused exactly as the policy decides, over real HTTP.
 */
import { URL_CASES, type UrlUse } from '../fixtures/urlCases';
import { callApi, signInAlice, startTestServer, type TestServer } from './helpers/testServer';

let server: TestServer;
let alice: string;

beforeAll(async () => {
  server = await startTestServer();
  alice = await signInAlice(server.url);
}, 30_000);

afterAll(() => server.stop());

const documents: Record<Exclude<UrlUse, 'navigation'>, (url: string) => unknown> = {
  image: (url) => ({ type: 'image', src: url }),
  frame: (url) => ({ type: 'webView', url }),
  request: (url) => ({
    type: 'textButton',
    child: { type: 'text', data: 'Load' },
    onPressed: { actionType: 'networkRequest', url },
  }),
};

describe.each(URL_CASES)('publishing $label', (row) => {
  it.each(Object.keys(documents) as (keyof typeof documents)[])('as %s', async (use) => {
    const answer = await callApi<{ error?: string; issues?: { code: string }[] }>(
      server.url,
      'POST',
      '/plugins',
      {
        token: alice,
        body: { name: `URL ${use}`, version: '1.0.0', slot: 'dashboard_top', ui: documents[use](row.url) },
      },
    );
    if (row.allowedAs.includes(use)) {
      expect(answer.status).toBe(201);
    } else {
      expect(answer.status).toBe(422);
      expect(answer.body.error).toBe('INVALID_STAC');
      expect(answer.body.issues?.length).toBeGreaterThan(0);
    }
  });
});

describe('author avatars', () => {
  it.each([
    ['jav&#x61;script:alert(1)', 400],
    ['data:image/png;base64,AAAA', 400],
    ['/avatars/alice.png', 400],
    ['https://avatars.example/alice.png', 201],
  ] as const)('%s answers %i', async (authorAvatar, status) => {
    const answer = await callApi<{ message?: string }>(server.url, 'POST', '/plugins', {
      token: alice,
      body: {
        name: 'Avatar',
        version: '1.0.0',
        slot: 'dashboard_top',
        ui: { type: 'text', data: 'x' },
        authorAvatar,
      },
    });
    expect(answer.status).toBe(status);
    if (status === 400) expect(answer.body.message).toContain('use an https URL');
  });
});
