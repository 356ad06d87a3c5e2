/**
 * Publishing on an Invenicum backend: a new plugin or a new version becomes a pull request to the market
 * repository (submitted for review); deleting can remove it from GitHub too.
 */
import { ApiError } from '../ApiError';
import type { BackendMethods } from '../apiClientTypes';
import { acknowledgementSchema } from '../responseSchemas';
import {
  INVENICUM_DEFAULT_VERSION,
  invenicumCreateSchema,
  invenicumUpdateSchema,
  pluginIdFromName,
} from './invenicumAnswers';
import { readInvenicumError } from './invenicumErrors';
import type { InvenicumReads } from './invenicumReads';

type PublishingMethods = Pick<BackendMethods, 'createPlugin' | 'updatePlugin' | 'deletePlugin'>;

const id = (value: string) => encodeURIComponent(value);

/** `https://raw.githubusercontent.com/owner/repo/...` → that repository's pull requests on GitHub. */
function marketPullRequestsUrl(catalogIndexUrl: string): string | null {
  const match = /^https:\/\/raw\.githubusercontent\.com\/([\w.-]+)\/([\w.-]+)\//.exec(catalogIndexUrl);
  return match ? `https://github.com/${match[1]}/${match[2]}/pulls` : null;
}

export function invenicumPublishing(reads: InvenicumReads): PublishingMethods {
  const { call, transport, everyPlugin, catalogIndexUrl } = reads;
  return {
    async createPlugin(body, o) {
      const pluginId = body.id ?? pluginIdFromName(body.name);
      const answer = await call('create', {
        ...o,
        method: 'POST',
        path: '/plugins',
        body: { ...body, id: pluginId },
        schema: invenicumCreateSchema,
      });
      return {
        id: pluginId,
        name: body.name,
        version: body.version,
        submittedForReview: true,
        pullRequestUrl: answer.prUrl ?? null,
      };
    },

    async updatePlugin(pluginId, body, o) {
      // The route's validator (src/middleware/jsValidator.js) wants name, slot and ui on every update.
      const needsCurrent = body.name === undefined || body.slot === undefined || body.ui === undefined;
      const current = needsCurrent
        ? (await everyPlugin(o)).find((plugin) => plugin.id === pluginId)
        : undefined;
      const full = {
        name: current?.name,
        description: current?.description,
        slot: current?.slot,
        ui: current?.ui,
        version: current?.version,
        ...body,
      };
      const version = full.version ?? INVENICUM_DEFAULT_VERSION;
      try {
        const answer = await transport.call({
          ...o,
          method: 'PUT',
          path: `/plugins/${id(pluginId)}`,
          body: full,
          schema: invenicumUpdateSchema,
        });
        return {
          id: pluginId,
          version,
          pullRequestUrl: answer.data?.html_url ?? null,
          submittedForReview: true,
        };
      } catch (error) {
        // pluginService.updatePlugin opens the pull request, then writes columns its Prisma schema lacks
        // (hasPendingPR, pendingVersion) and answers 500: the proposal exists, only its link is lost.
        if (
          error instanceof ApiError &&
          /prisma\.plugin\.update|hasPendingPR/.test(error.serverMessage ?? '')
        ) {
          const pulls = marketPullRequestsUrl(catalogIndexUrl);
          return {
            id: pluginId,
            version,
            pullRequestUrl: pulls,
            submittedForReview: true,
            reviewNote:
              'Invenicum opened the pull request but did not return its link; find it among the market ' +
              "repository's open pull requests.",
          };
        }
        throw readInvenicumError('update', error);
      }
    },

    deletePlugin: (pluginId, o = {}) => {
      const { deleteFromGitHub, ...rest } = o;
      return call('delete', {
        ...rest,
        method: 'DELETE',
        path: `/plugins/${id(pluginId)}`,
        query: { deleteFromGitHub: deleteFromGitHub === undefined ? undefined : String(deleteFromGitHub) },
        schema: acknowledgementSchema,
      });
    },
  };
}
