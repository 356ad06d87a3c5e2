import { HttpResponse, type HttpHandler } from 'msw';
import { MockApiError } from '../mockApiError';
import type { MockRouteKit } from '../mockRouter';
import { nonEmptyString, readBody } from '../requestBody';

const MAX_LOGIN_FAILURES = 5;

/** Health, demo accounts, sign-in (locked after 5 failures, as the server), sign-out and the current user. */
export function authRoutes({ db, route, publicRoute }: MockRouteKit): HttpHandler[] {
  const loginFailures = new Map<string, number>();
  return [
    publicRoute('get', '/health', () => HttpResponse.json({ ok: true, service: 'stac-web-mock' })),

    publicRoute('get', '/auth/demo', () =>
      HttpResponse.json({
        demo: true,
        enabled: true,
        users: db.users.map(({ username, password, name }) => ({ username, password, name })),
        message: 'Demo mode: sign in with one of these accounts.',
      }),
    ),

    publicRoute('post', '/auth/login', async ({ request }) => {
      const body = await readBody(request, {
        username: nonEmptyString(64, 'enter a username'),
        password: nonEmptyString(1024, 'enter a password'),
      });
      const username = String(body.username).trim();
      const failures = loginFailures.get(username.toLowerCase()) ?? 0;
      if (failures >= MAX_LOGIN_FAILURES) {
        throw new MockApiError(
          429,
          'RATE_LIMITED',
          'Too many failed sign-ins. Try again in 15 minute(s).',
          { retryAfterSeconds: 900 },
          {
            'Retry-After': '900',
          },
        );
      }
      const user = db.findUser(username);
      if (!user || user.password !== body.password) {
        loginFailures.set(username.toLowerCase(), failures + 1);
        throw new MockApiError(401, 'INVALID_CREDENTIALS', 'Wrong username or password.');
      }
      loginFailures.delete(username.toLowerCase());
      const token = `mock-${crypto.randomUUID()}`;
      db.sessions.set(token, user.id);
      return HttpResponse.json({
        token,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        // The mock has no administrators (the server's STAC_WEB_ADMINS), so nobody sees the plugin folders.
        user: {
          id: user.id,
          username: user.username,
          name: user.name,
          avatarUrl: user.avatarUrl,
          isAdmin: false,
        },
      });
    }),

    route('post', '/auth/logout', ({ request }) => {
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
      if (token) db.sessions.delete(token);
      return HttpResponse.json({ success: true, message: 'Signed out.' });
    }),

    route('get', '/auth/me', ({ user }) =>
      HttpResponse.json({
        // The mock has no administrators (the server's STAC_WEB_ADMINS), so nobody sees the plugin folders.
        user: {
          id: user.id,
          username: user.username,
          name: user.name,
          avatarUrl: user.avatarUrl,
          isAdmin: false,
        },
      }),
    ),
  ];
}
