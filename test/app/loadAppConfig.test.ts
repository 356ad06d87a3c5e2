import { loadAppConfig } from '../../src/app';

/** A fetch that answers the config path the way a static server would. */
function serving(status: number, body: string, contentType = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': contentType } });
}

describe('loadAppConfig', () => {
  it('reads the API base and the backend profile from /config.json', async () => {
    const loaded = await loadAppConfig(
      serving(200, JSON.stringify({ apiBaseUrl: 'https://inv.example.com/api/v1', apiProfile: 'invenicum' })),
    );
    expect(loaded).toEqual({
      config: { apiBaseUrl: 'https://inv.example.com/api/v1', apiProfile: 'invenicum' },
      problems: [],
    });
  });

  it('keeps the defaults without a file, or when a static server answers index.html instead', async () => {
    const defaults = { config: { apiBaseUrl: '/api/v1', apiProfile: 'reference' }, problems: [] };
    expect(await loadAppConfig(serving(404, 'Not found', 'text/plain'))).toEqual(defaults);
    expect(await loadAppConfig(serving(200, '<!doctype html><html></html>', 'text/html'))).toEqual(defaults);
    expect(
      await loadAppConfig(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toEqual(defaults);
  });

  it('uses what is right in a file with a mistake, and says what to fix', async () => {
    const loaded = await loadAppConfig(
      serving(200, JSON.stringify({ apiBaseUrl: 'https://inv.example.com/api/v1', apiProfile: 'invenicm' })),
    );
    expect(loaded.config).toEqual({ apiBaseUrl: 'https://inv.example.com/api/v1', apiProfile: 'reference' });
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatch(/\/config\.json: "apiProfile": .*the default is used instead/);
  });
});
