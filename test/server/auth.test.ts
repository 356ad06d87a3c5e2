import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import { callApi, signInAlice, startTestServer, type TestServer } from './helpers/testServer';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ loginRateLimit: { maxFailuresPerAccount: 3, maxFailuresPerIp: 50 } });
}, 30_000);

afterAll(() => server.stop());

describe('sign-in', () => {
  it('returns an opaque token, its expiry (7 days) and the user; /auth/me answers with the same user', async () => {
    const login = await callApi<{ token: string; expiresAt: string; user: Record<string, unknown> }>(
      server.url,
      'POST',
      '/auth/login',
      {
        body: { username: 'alice', password: 'alice-demo' },
      },
    );
    expect(login.status).toBe(200);
    expect(login.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const days = (Date.parse(login.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(login.body.user).toEqual({
      id: expect.any(Number),
      username: 'alice',
      name: 'Alice Moreau',
      avatarUrl: null,
      isAdmin: false,
    });
    expect(JSON.stringify(login.body)).not.toMatch(/password|scrypt/i);
    const me = await callApi(server.url, 'GET', '/auth/me', { token: login.body.token });
    expect(me.body).toEqual({ user: login.body.user });
  });

  it('stores passwords as salted scrypt hashes and tokens only as their sha256', async () => {
    const token = await signInAlice(server.url);
    const users = (
      await sql<{
        username: string;
        password_hash: string;
      }>`SELECT username, password_hash FROM users`.execute(server.db)
    ).rows;
    const sessions = (await sql<{ token_hash: string }>`SELECT token_hash FROM sessions`.execute(server.db))
      .rows;
    for (const user of users) expect(user.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
    const salts = users.map((user) => user.password_hash.split('$')[4]);
    expect(new Set(salts).size).toBe(users.length);
    expect(sessions.map((row) => row.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
    expect(sessions.map((row) => row.token_hash)).not.toContain(token);
  });

  it('answers the same INVALID_CREDENTIALS for a wrong password and an unknown user', async () => {
    const wrongPassword = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'bob', password: 'nope' },
    });
    const unknownUser = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'nobody', password: 'nope' },
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(unknownUser.body).toMatchObject({ success: false, error: 'INVALID_CREDENTIALS' });
  });

  it('rate-limits failed sign-ins per IP and username with 429 and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 3; i += 1) {
      const miss = await callApi(server.url, 'POST', '/auth/login', {
        body: { username: 'carol-target', password: `guess-${i}` },
      });
      expect(miss.status).toBe(401);
    }
    const limited = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'carol-target', password: 'guess-4' },
    });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, error: 'RATE_LIMITED' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    // Another username from the same address is still allowed.
    expect(
      (
        await callApi(server.url, 'POST', '/auth/login', {
          body: { username: 'alice', password: 'alice-demo' },
        })
      ).status,
    ).toBe(200);

    for (let i = 0; i < 3; i += 1) {
      await callApi(server.url, 'POST', '/auth/login', { body: { username: 'bob', password: `wrong-${i}` } });
    }
    const rightButLimited = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'bob', password: 'bob-demo' },
    });
    expect(rightButLimited.status).toBe(429);
    // Eight password hashes in a row: slow on a loaded machine, so the default 5 s is not enough.
  }, 60_000);

  it('refuses an expired token', async () => {
    const token = await signInAlice(server.url);
    const past = new Date(Date.now() - 1000).toISOString();
    const tokenHash = createHash('sha256').update(token).digest('hex');
    await sql`UPDATE sessions SET expires_at = ${past} WHERE token_hash = ${tokenHash}`.execute(server.db);
    const me = await callApi(server.url, 'GET', '/auth/me', { token });
    expect(me.status).toBe(401);
    expect(me.body).toMatchObject({ error: 'UNAUTHORIZED', message: expect.stringMatching(/sign in again/) });
  });

  it('refuses login bodies without a username or password with 400', async () => {
    const answer = await callApi<{ message: string }>(server.url, 'POST', '/auth/login', {
      body: { username: 'alice' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toContain('password');
  });
});

describe('demo mode', () => {
  it('lists the demo accounts in demo mode', async () => {
    const demo = await callApi(server.url, 'GET', '/auth/demo');
    expect(demo.body).toMatchObject({
      demo: true,
      users: [
        { username: 'alice', password: 'alice-demo' },
        { username: 'bob', password: 'bob-demo' },
      ],
    });
  });

  it('with demo off (STAC_WEB_DEMO=0) seeds no known passwords and lists none', async () => {
    const production = await startTestServer({ demo: false });
    try {
      expect((await callApi(production.url, 'GET', '/auth/demo')).body).toMatchObject({
        demo: false,
        users: [],
      });
      const login = await callApi(production.url, 'POST', '/auth/login', {
        body: { username: 'alice', password: 'alice-demo' },
      });
      expect(login.status).toBe(401);
    } finally {
      await production.stop();
    }
  });
});
