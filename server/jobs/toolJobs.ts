/**
 * MCP tools that declare a server action of their own (not one of the plugin's jobs), seen as jobs: each runs
 * through the job runner under the id `mcp-<tool>`, so its runs have the same permissions, limits and history
 * as any job run, and the plugins page lists it with its last run "by an assistant". Only an assistant starts
 * them: the action may need the tool's input.
 */
import { mcpToolJobId, type McpTool, type PluginJob, type PluginManifest } from '../../src/stac-schema/index';

export interface ToolJob extends PluginJob {
  tool: McpTool;
}

/** The tools of a manifest that carry their own action, as jobs, in the manifest's order. */
export function assistantToolJobs(manifest: Pick<PluginManifest, 'mcp'>): ToolJob[] {
  return manifest.mcp.tools.flatMap((tool): ToolJob[] =>
    tool.action
      ? [
          {
            id: mcpToolJobId(tool.name),
            name: tool.title ?? tool.name,
            description: tool.description,
            trigger: 'manual',
            action: tool.action,
            ...(tool.summary ? { summary: tool.summary } : {}),
            tool,
          },
        ]
      : [],
  );
}

/** The job a tool call runs: the job it names, or its own action's. */
export const toolJobIdOf = (tool: McpTool): string => tool.job ?? mcpToolJobId(tool.name);
