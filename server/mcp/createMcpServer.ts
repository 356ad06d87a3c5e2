/**
 * One MCP server for one request of one signed-in user (the endpoint is stateless: every request carries
 * its Bearer token, so any instance answers it). Tools run the plugin's job (or the tool's own server action)
 * through the job service, under the same permissions, limits and records as "Run now" (recorded as run by an
 * assistant); resources read data the plugin's permissions grant.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import type { AppServices } from '../appServices';
import { ApiError } from '../http/apiError';
import type { PublicUser } from '../store/userStore';
import { assistantCatalog, type OfferedResource } from './assistantCatalog';
import { inventorySummary } from './inventorySummary';
import { checkToolInput, toolInputJsonSchema } from './toolInput';
import { toolJobIdOf } from '../jobs/toolJobs';

export const MCP_SERVER_INFO = { name: 'stac-web', version: '1.0.0' };

const INSTRUCTIONS =
  'Tools and data of the plugins this user installed in stac-web. Each tool runs one plugin job or server action with the ' +
  "plugin's permissions and answers with the job's summary and result; resources hold data the plugins may read.";

const toolError = (text: string): CallToolResult => ({ content: [{ type: 'text', text }], isError: true });

async function readResource(services: AppServices, user: PublicUser, offered: OfferedResource) {
  const { data } = offered.resource;
  if (data.kind === 'inventory') return inventorySummary(await services.assets.list());
  const [last] = (await services.jobs.history(user.id, offered.plugin.id, data.job)).filter(
    (run) => run.status === 'succeeded',
  );
  return last
    ? { job: data.job, finishedAt: last.finishedAt, summary: last.summary, result: last.result }
    : {
        job: data.job,
        finishedAt: null,
        summary: null,
        result: null,
        message: 'The job has not succeeded yet.',
      };
}

export interface McpCallLimits {
  /** Tool calls one user may have running at once on this instance. */
  maxConcurrentCalls: number;
}

export function createMcpServer(
  services: AppServices,
  user: PublicUser,
  running: Map<number, number>,
  limits: McpCallLimits,
): Server {
  const server = new Server(MCP_SERVER_INFO, {
    capabilities: { tools: {}, resources: {} },
    instructions: INSTRUCTIONS,
  });
  const catalog = () => assistantCatalog(services.installedPlugins, user.id);

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: (await catalog()).tools.map(({ name, plugin, tool }) => ({
      name,
      title: tool.title ?? `${plugin.name}: ${tool.name}`,
      description: tool.description,
      inputSchema: toolInputJsonSchema(tool.input),
    })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const offered = (await catalog()).tools.find((entry) => entry.name === request.params.name);
    if (!offered)
      throw new McpError(
        ErrorCode.InvalidParams,
        `There is no tool "${request.params.name}" for you: list the tools again (a plugin may be switched off or its MCP exposure off).`,
      );
    const input = checkToolInput(offered.tool.input, request.params.arguments);
    if (!input.ok)
      return toolError(`The arguments do not fit "${offered.name}": ${input.problems.join('; ')}.`);
    const count = running.get(user.id) ?? 0;
    if (count >= limits.maxConcurrentCalls)
      return toolError(
        `You already have ${count} tool calls running; wait for one to finish (at most ${limits.maxConcurrentCalls} at once).`,
      );
    running.set(user.id, count + 1);
    try {
      const run = await services.jobs.runForAssistant(
        user,
        offered.plugin.id,
        toolJobIdOf(offered.tool),
        input.value,
        extra.signal,
      );
      const answer = {
        runId: run.id,
        status: run.status,
        summary: run.summary,
        result: run.result,
        error: run.error,
      };
      services.log({
        level: 'info',
        msg: 'mcp tool call',
        tool: offered.name,
        user: user.username,
        status: run.status,
      });
      return {
        content: [{ type: 'text', text: JSON.stringify(answer) }],
        structuredContent: answer,
        ...(run.status === 'succeeded' ? {} : { isError: true }),
      };
    } catch (error) {
      if (error instanceof ApiError) return toolError(error.message);
      throw error;
    } finally {
      const left = (running.get(user.id) ?? 1) - 1;
      if (left > 0) running.set(user.id, left);
      else running.delete(user.id);
    }
  });

  server.setRequestHandler(ListResourcesRequestSchema, async () => ({
    resources: (await catalog()).resources.map(({ uri, plugin, resource }) => ({
      uri,
      name: `${plugin.id}.${resource.name}`,
      title: resource.title ?? `${plugin.name}: ${resource.name}`,
      description: resource.description,
      mimeType: 'application/json',
    })),
  }));

  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    const offered = (await catalog()).resources.find((entry) => entry.uri === request.params.uri);
    if (!offered)
      throw new McpError(
        ErrorCode.InvalidParams,
        `There is no resource ${request.params.uri} for you: list the resources again.`,
      );
    const data = await readResource(services, user, offered);
    return { contents: [{ uri: offered.uri, mimeType: 'application/json', text: JSON.stringify(data) }] };
  });

  return server;
}
