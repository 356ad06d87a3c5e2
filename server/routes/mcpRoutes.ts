import { Hono } from 'hono';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { AppServices } from '../appServices';
import { ApiError } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { createMcpServer, type McpCallLimits } from '../mcp/createMcpServer';

/**
 * `/api/v1/mcp`: the Model Context Protocol endpoint (Streamable HTTP, stateless, JSON answers). The auth
 * middleware has already turned the Bearer token into the user: the assistant acts as that user and sees only
 * that user's switched-on plugins. No server-initiated streams: GET and DELETE answer 405.
 */
export function mcpRoutes(
  services: AppServices,
  limits: McpCallLimits = { maxConcurrentCalls: 4 },
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  /** Tool calls in progress per user on this instance. */
  const running = new Map<number, number>();
  routes.post('/', async (c) => {
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    const server = createMcpServer(services, c.get('user'), running, limits);
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      // A JSON answer is complete once handleRequest resolves: the per-request server is done.
      void server.close();
    }
  });
  routes.on(['GET', 'DELETE'], '/', (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(
      405,
      'METHOD_NOT_ALLOWED',
      'The MCP endpoint is stateless: send each JSON-RPC message with POST (Streamable HTTP); it opens no event stream.',
    );
  });
  return routes;
}
