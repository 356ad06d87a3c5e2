import { z } from '../stac-schema';

/**
 * Answers of the reference server's administration of plugin folders (`GET /catalog/folders`,
 * `POST /catalog/folders/rescan`, docs/server.md "Plugin folders") and of the MCP exposure switch
 * (`PUT /plugins/user/mcp`). Loose objects: a newer server may add fields without breaking this client.
 */
const folderIssueSchema = z.looseObject({
  code: z.string(),
  severity: z.catch(z.enum(['error', 'warning']), 'error'),
  /** Where in the file: a JSON path such as `ui.children[2].style`, or empty for the whole file. */
  path: z.string(),
  message: z.string(),
  hint: z.optional(z.string()),
});
export type CatalogFolderIssue = z.output<typeof folderIssueSchema>;

const registeredSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  author: z.string(),
  /** Absolute path of the file on the server. */
  path: z.string(),
  /** What the last scan did with it: `registered`, `updated` or `unchanged`. */
  change: z.string(),
});
export type CatalogFolderPlugin = z.output<typeof registeredSchema>;

const refusedSchema = z.looseObject({
  path: z.string(),
  id: z.optional(z.string()),
  code: z.string(),
  message: z.string(),
  issues: z.array(folderIssueSchema),
});
export type CatalogFolderRefusal = z.output<typeof refusedSchema>;

export const catalogFolderReportSchema = z.looseObject({
  configured: z.boolean(),
  /** Set when no folder is configured: what to do about it. */
  message: z.optional(z.string()),
  dirs: z.array(z.string()),
  watching: z.boolean(),
  scans: z.number(),
  scannedAt: z.nullable(z.string()),
  registered: z.array(registeredSchema),
  refused: z.array(refusedSchema),
  removed: z.array(z.string()),
  error: z.nullable(z.string()),
});
export type CatalogFolderReport = z.output<typeof catalogFolderReportSchema>;

export const mcpSwitchResultSchema = z.looseObject({
  success: z.optional(z.boolean()),
  mcpEnabled: z.boolean(),
});
export type McpSwitchResult = z.output<typeof mcpSwitchResultSchema>;
