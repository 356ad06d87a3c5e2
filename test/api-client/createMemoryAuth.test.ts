import { createMemoryAuth } from '../../src/api-client';

describe('createMemoryAuth', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the token in memory only by default: nothing lands in web storage', () => {
    const auth = createMemoryAuth();
    auth.setToken('secret-token');
    expect(auth.getToken()).toBe('secret-token');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('secret-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token');
    expect(createMemoryAuth().getToken()).toBeNull();
  });

  it("mirrors into sessionStorage only when the host opts in, and survives a 'reload'", () => {
    const first = createMemoryAuth({ persist: 'session' });
    first.setToken('tab-token');
    expect(sessionStorage.getItem('stac-web.session')).toBe('tab-token');
    expect(createMemoryAuth({ persist: 'session' }).getToken()).toBe('tab-token');
    first.setToken(null);
    expect(sessionStorage.getItem('stac-web.session')).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('tells subscribers about changes, once per change', () => {
    const auth = createMemoryAuth({ initialToken: 'a' });
    const listener = vi.fn();
    const unsubscribe = auth.subscribe(listener);
    auth.setToken('a');
    auth.setToken('b');
    auth.setToken('');
    unsubscribe();
    auth.setToken('c');
    expect(listener.mock.calls).toEqual([['b'], [null]]);
  });
});
