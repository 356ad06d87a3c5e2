import { describe, expect, it } from 'vitest';
import { createMemoryAuth } from '../../../src/api-client';
import { bearerSession } from '../../../src/api-client/profiles/bearerSession';

const user = { id: 'u1', username: 'alice', name: 'Alice' };

describe('signing in and out with a bearer token (every backend profile)', () => {
  it('keeps the token of a sign-in that answered, and forgets it on sign-out after asking the server', async () => {
    const auth = createMemoryAuth();
    const asked: string[] = [];
    const session = bearerSession(auth, {
      signIn: async (username) => {
        asked.push(`in:${username}`);
        return { token: 'tok-1', user } as never;
      },
      signOut: async () => {
        asked.push(`out:${auth.getToken()}`);
      },
    });
    await session.login('alice', 'pw');
    expect(auth.getToken()).toBe('tok-1');
    await session.logout();
    expect(asked).toEqual(['in:alice', 'out:tok-1']);
    expect(auth.getToken()).toBeNull();
  });

  it('keeps no token when the sign-in is refused', async () => {
    const auth = createMemoryAuth();
    const session = bearerSession(auth, {
      signIn: async () => {
        throw new Error('wrong password');
      },
      signOut: async () => undefined,
    });
    await expect(session.login('alice', 'nope')).rejects.toThrow('wrong password');
    expect(auth.getToken()).toBeNull();
  });

  it('signs the user out on this device even when the server cannot be reached', async () => {
    const auth = createMemoryAuth({ initialToken: 'tok-2' });
    const session = bearerSession(auth, {
      signIn: async () => ({ token: 'unused', user }) as never,
      signOut: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(session.logout()).rejects.toThrow('fetch failed');
    expect(auth.getToken()).toBeNull();
  });

  it('does not ask the server to end a session it never had', async () => {
    const auth = createMemoryAuth();
    let asked = 0;
    const session = bearerSession(auth, {
      signIn: async () => ({ token: 'unused', user }) as never,
      signOut: async () => {
        asked += 1;
      },
    });
    await session.logout();
    expect(asked).toBe(0);
  });
});
