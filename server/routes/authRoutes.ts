import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../appServices';
import { rateLimitKey } from '../auth/clientAddress';
import { RateLimitUnavailableError } from '../auth/loginRateLimiter';
import { decoyPasswordHash, verifyPassword } from '../auth/password';
import { ApiError } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody } from '../http/readJsonBody';
import { toPublicUser } from '../store/userStore';

const loginBody = z.object({
  username: z.string().trim().min(1, 'enter a username').max(64),
  password: z.string().min(1, 'enter a password').max(1024),
});

export function authRoutes(services: AppServices): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  // `isAdmin`: the app shows the plugin folders report only to administrators (its routes check it again).
  const sessionUser = (user: Parameters<typeof toPublicUser>[0]) => ({
    ...toPublicUser(user),
    isAdmin: services.admins.has(user.username.toLowerCase()),
  });

  // `enabled` mirrors `demo` for clients that read that name.
  routes.get('/demo', (c) => {
    const accounts = services.demoAccounts;
    if (!accounts) return c.json({ demo: false, enabled: false, users: [] });
    const users = accounts.map(({ username, password, name }) => ({ username, password, name }));
    return c.json({
      demo: true,
      enabled: true,
      users,
      message: 'Demo mode: sign in with one of these accounts.',
    });
  });

  /** Store failures of the limiter become a 503 that says to retry, never a 500. */
  async function limited<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof RateLimitUnavailableError)) throw error;
      services.log({ level: 'error', msg: 'rate limit store failed', error: String(error.cause) });
      throw new ApiError(
        503,
        'SERVICE_UNAVAILABLE',
        'Sign-in is unavailable for a moment; try again shortly.',
      );
    }
  }

  routes.post('/login', async (c) => {
    const { username, password } = await readJsonBody(c, loginBody);
    const client = rateLimitKey(services.clientAddress(c));
    // Counted before the slow password hash: parallel guesses each take a slot, so the limit holds.
    const wait = await limited(() => services.loginLimiter.attempt(client, username));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new ApiError(
        429,
        'RATE_LIMITED',
        `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        { retryAfterSeconds: wait },
      );
    }
    const user = await services.users.findByUsername(username);
    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
    if (!user || !valid) throw new ApiError(401, 'INVALID_CREDENTIALS', 'Wrong username or password.');
    await limited(() => services.loginLimiter.succeeded(client, username));
    const session = await services.sessions.issue(user.id, services.tokenTtlMs);
    return c.json({ token: session.token, expiresAt: session.expiresAt, user: sessionUser(user) });
  });

  routes.post('/logout', async (c) => {
    await services.sessions.revoke(c.get('tokenHash'));
    return c.json({ success: true, message: 'Signed out.' });
  });

  routes.get('/me', (c) => c.json({ user: sessionUser(c.get('user')) }));

  return routes;
}
