import { HttpResponse, type HttpHandler } from 'msw';
import { MockApiError } from '../mockApiError';
import type { MockRouteKit } from '../mockRouter';
import { readBody } from '../requestBody';

/**
 * Plugin jobs. The mock runs none (the reference server does): the list is empty, so every job is one the
 * user's plugins do not have and every run is one they never made, answered with the server's codes
 * (JOB_NOT_FOUND, NOT_FOUND). Commands that run on the server are jobs too: none is found
 * (COMMAND_NOT_FOUND). A story that needs a job's screens overrides these handlers with its own.
 */
export function jobRoutes({ route, installOf }: MockRouteKit): HttpHandler[] {
  const jobNotFound = (pluginId: string, jobId: string) =>
    new MockApiError(404, 'JOB_NOT_FOUND', `Your installed plugin "${pluginId}" has no job "${jobId}".`, {
      pluginId,
      jobId,
    });
  const runNotFound = (raw: string) =>
    /^\d{1,15}$/.test(raw)
      ? new MockApiError(404, 'NOT_FOUND', `You have no job run ${Number(raw)}.`)
      : new MockApiError(404, 'NOT_FOUND', `"${raw.slice(0, 40)}" is not a job run id.`);

  return [
    route('get', '/plugin-jobs', () => HttpResponse.json({ jobs: [] })),
    route('get', '/plugin-jobs/runs/:runId', ({ params }) => {
      throw runNotFound(params.runId);
    }),
    route('post', '/plugin-jobs/runs/:runId/cancel', ({ params }) => {
      throw runNotFound(params.runId);
    }),
    route('post', '/plugin-jobs/:pluginId/:jobId/run', ({ params }) => {
      throw jobNotFound(params.pluginId, params.jobId);
    }),
    route('get', '/plugin-jobs/:pluginId/:jobId/runs', ({ params }) => {
      throw jobNotFound(params.pluginId, params.jobId);
    }),
    route('post', '/plugin-commands/:pluginId/:commandId/run', async ({ request, params, user }) => {
      const body = await readBody(request, {
        assetId: (value) =>
          value === undefined || (typeof value === 'string' && value.length > 0 && value.length <= 200)
            ? null
            : 'assetId must be text',
      });
      const extra = Object.keys(body).filter((key) => key !== 'assetId');
      if (extra.length > 0)
        throw new MockApiError(
          400,
          'INVALID_REQUEST',
          `The request body is not accepted: a command run takes only "assetId" (for an asset's menu), not ${extra.join(', ')}.`,
        );
      if (!installOf(user, params.pluginId))
        throw new MockApiError(
          404,
          'PLUGIN_NOT_FOUND',
          `You have no installed plugin "${params.pluginId}".`,
          {
            pluginId: params.pluginId,
          },
        );
      throw new MockApiError(
        404,
        'COMMAND_NOT_FOUND',
        `Your installed plugin "${params.pluginId}" has no command "${params.commandId}".`,
        { pluginId: params.pluginId, commandId: params.commandId },
      );
    }),
    route('put', '/plugin-jobs/:pluginId/:jobId/schedule', async ({ request, params }) => {
      await readBody(request, {
        enabled: (value) => (typeof value === 'boolean' ? null : 'enabled must be true or false'),
      });
      throw jobNotFound(params.pluginId, params.jobId);
    }),
  ];
}
