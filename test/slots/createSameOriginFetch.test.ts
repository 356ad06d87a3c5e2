import { createSameOriginFetch, CrossOriginRequestError } from '../../src/slots';

describe('the fetch plugins get', () => {
  it('reaches the same origin, without the user token or cookies', async () => {
    const seen: Array<{ url: string; init?: RequestInit }> = [];
    const base = (async (url: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(url), init });
      return new Response('{}');
    }) as typeof fetch;
    const pluginFetch = createSameOriginFetch(base, 'https://app.example.com');
    await pluginFetch('/api/v1/assets', {
      headers: { Authorization: 'Bearer secret', Accept: 'application/json' },
    });
    expect(seen[0].url).toBe('https://app.example.com/api/v1/assets');
    const headers = new Headers(seen[0].init?.headers);
    expect(headers.get('authorization')).toBeNull();
    expect(headers.get('accept')).toBe('application/json');
    expect(seen[0].init?.credentials).toBe('omit');
  });

  it('refuses other origins and protocol-relative tricks', async () => {
    const base = vi.fn(async () => new Response('{}')) as unknown as typeof fetch;
    const pluginFetch = createSameOriginFetch(base, 'https://app.example.com');
    await expect(pluginFetch('https://evil.example.org/steal')).rejects.toBeInstanceOf(
      CrossOriginRequestError,
    );
    await expect(pluginFetch('//evil.example.org/steal')).rejects.toThrow(/another origin/);
    await expect(pluginFetch(new URL('http://app.example.com/x'))).rejects.toThrow(/another origin/);
    expect(base).not.toHaveBeenCalled();
  });
});
