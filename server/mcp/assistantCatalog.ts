/**
 * What an assistant acting as one user is offered: the MCP tools and resources of that user's installed
 * plugins that are switched on and whose MCP exposure the user left on. Names carry the plugin id, so two
 * plugins may both offer a `summary` tool.
 */
import type { McpResource, McpTool } from '../../src/stac-schema/index';
import type { InstalledPlugin, InstalledPluginLookup } from '../jobs/installedJobs';

export interface OfferedTool {
  /** `<pluginId>.<tool>`: the name the client calls. */
  name: string;
  plugin: InstalledPlugin;
  tool: McpTool;
}

export interface OfferedResource {
  /** `stac-web://plugins/<pluginId>/<resource>`. */
  uri: string;
  plugin: InstalledPlugin;
  resource: McpResource;
}

export const RESOURCE_URI_PREFIX = 'stac-web://plugins/';

export const toolNameOf = (pluginId: string, tool: string) => `${pluginId}.${tool}`;
export const resourceUriOf = (pluginId: string, resource: string) =>
  `${RESOURCE_URI_PREFIX}${encodeURIComponent(pluginId)}/${resource}`;

export async function assistantCatalog(installed: InstalledPluginLookup, userId: number) {
  const plugins = (await installed.list(userId)).filter((plugin) => plugin.isActive && plugin.mcpEnabled);
  const tools: OfferedTool[] = plugins.flatMap((plugin) =>
    plugin.manifest.mcp.tools.map((tool) => ({ name: toolNameOf(plugin.id, tool.name), plugin, tool })),
  );
  const resources: OfferedResource[] = plugins.flatMap((plugin) =>
    plugin.manifest.mcp.resources.map((resource) => ({
      uri: resourceUriOf(plugin.id, resource.name),
      plugin,
      resource,
    })),
  );
  return { tools, resources };
}
