import { timingSafeEqual, createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../appServices';
import { readBearerToken } from '../auth/sessionTokens';
import { ApiError } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody } from '../http/readJsonBody';

const scheduleBody = z.object({ enabled: z.boolean({ error: 'enabled must be true or false' }) });

function runIdOf(c: Context<AppEnv>): number {
  const raw = c.req.param('runId') ?? '';
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id))
    throw new ApiError(404, 'NOT_FOUND', `"${raw.slice(0, 40)}" is not a job run id.`);
  return id;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares the Bearer token with the service account's token in constant time. */
function isServiceToken(header: string | undefined, serviceToken: string | undefined): boolean {
  const token = readBearerToken(header);
  return Boolean(token && serviceToken && timingSafeEqual(digest(token), digest(serviceToken)));
}

/**
 * `/api/v1/plugin-jobs`: the signed-in user's plugin jobs, and `run-due` for the service account (the token in
 * `STAC_WEB_SERVICE_TOKEN`; a user's session cannot run everyone's schedules).
 */
export function jobRoutes(services: AppServices): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const jobs = services.jobs;

  // Public in the auth middleware's sense: it checks its own token below, before anything runs.
  routes.post('/run-due', async (c) => {
    if (!services.serviceToken) {
      throw new ApiError(
        403,
        'PERMISSION_DENIED',
        'run-due is for the service account, and this server has none: set STAC_WEB_SERVICE_TOKEN (at least 24 characters) and send it as the Bearer token.',
      );
    }
    if (!isServiceToken(c.req.header('authorization'), services.serviceToken)) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new ApiError(
        401,
        'UNAUTHORIZED',
        'run-due needs the service account token (STAC_WEB_SERVICE_TOKEN) as the Bearer token.',
      );
    }
    return c.json(await jobs.runDue());
  });

  routes.get('/', async (c) => c.json({ jobs: await jobs.list(c.get('user').id) }));
  routes.get('/runs/:runId', async (c) => c.json({ run: await jobs.run(c.get('user').id, runIdOf(c)) }));
  routes.post('/runs/:runId/cancel', async (c) =>
    c.json({ run: await jobs.cancel(c.get('user').id, runIdOf(c)) }),
  );
  routes.post('/:pluginId/:jobId/run', async (c) =>
    c.json({ run: await jobs.runNow(c.get('user'), c.req.param('pluginId'), c.req.param('jobId')) }, 202),
  );
  routes.get('/:pluginId/:jobId/runs', async (c) =>
    c.json({ runs: await jobs.history(c.get('user').id, c.req.param('pluginId'), c.req.param('jobId')) }),
  );
  routes.put('/:pluginId/:jobId/schedule', async (c) => {
    const body = await readJsonBody(c, scheduleBody);
    return c.json({
      job: await jobs.setSchedule(
        c.get('user').id,
        c.req.param('pluginId'),
        c.req.param('jobId'),
        body.enabled,
      ),
    });
  });
  return routes;
}
