import { resolveUrlPolicy } from '../../src/actions';

describe('the URL policy for plugin requests and navigation', () => {
  const policy = resolveUrlPolicy({ origin: 'https://app.example', requestOrigins: ['https://api.example'] });

  it.each([
    ['/api/v1/plugins', 'https://app.example/api/v1/plugins'],
    ['https://app.example/x?y=1', 'https://app.example/x?y=1'],
    ['https://api.example/v2/items', 'https://api.example/v2/items'],
    ['items.json', 'https://app.example/items.json'],
  ])('allows a request to %s', (raw, href) => {
    const check = policy.checkRequest(raw);
    expect(check.ok && check.url.href).toBe(href);
  });

  it.each([
    'https://evil.example/x',
    '//evil.example/x',
    '/\\evil.example/x',
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'https://user:pw@app.example/',
    'http://app.example/',
    '',
  ])('refuses a request to %j', (raw) => {
    expect(policy.checkRequest(raw).ok).toBe(false);
  });

  it('keeps navigation inside the app unless the host allows an origin', () => {
    expect(policy.checkNavigation('/assets/3?tab=1#top')).toEqual({
      ok: true,
      kind: 'app',
      path: '/assets/3?tab=1#top',
    });
    expect(policy.checkNavigation('https://app.example/market')).toEqual({
      ok: true,
      kind: 'app',
      path: '/market',
    });
    expect(policy.checkNavigation('https://api.example/').ok).toBe(false);
    expect(policy.checkNavigation('javascript:void 0').ok).toBe(false);

    const docs = resolveUrlPolicy({
      origin: 'https://app.example',
      allowNavigation: (url) => url.hostname === 'docs.example',
    });
    const check = docs.checkNavigation('https://docs.example/plugins');
    expect(check.ok && check.kind).toBe('external');
  });

  it('adds credentials only where the host opts in', () => {
    const withToken = resolveUrlPolicy({
      origin: 'https://app.example',
      authorizeRequest: (url) =>
        url.origin === 'https://app.example' ? { Authorization: 'Bearer t' } : undefined,
    });
    expect(withToken.authorize(new URL('https://app.example/api'))).toEqual({ Authorization: 'Bearer t' });
    expect(withToken.authorize(new URL('https://other.example/api'))).toBeUndefined();
    expect(policy.authorize(new URL('https://app.example/api'))).toBeUndefined();
  });

  it('falls back to the page origin when none is configured', () => {
    const check = resolveUrlPolicy().checkRequest('/x');
    expect(check.ok && check.url.origin).toBe(window.location.origin);
  });
});
