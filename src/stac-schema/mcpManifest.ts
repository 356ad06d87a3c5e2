/**
 * The manifest's offer to AI assistants (after MindStore's MCP tool and resource): `mcp.tools` name a job of the
 * plugin, or declare a server action of their own, that an assistant may run with the input they accept;
 * `mcp.resources` name data the plugin's
 * permissions already grant (the inventory summary, a job's last result). Read tolerantly with one issue per
 * problem at its JSON path, like the rest of the manifest. Serving them is the server's business.
 */
import { childPath, describeValue } from './issues';
import { readAction } from './jobManifest';
import { IssueList, isRecord, readList, readText } from './manifestReading';

/** Tool and resource names: short identifiers, as MCP clients show and type them. */
export const MCP_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,47}$/;
/** Most tools, resources and input fields one plugin may offer: an assistant reads every description. */
export const MAX_MCP_ENTRIES = 16;
export const MAX_MCP_INPUT_FIELDS = 16;

export const MCP_INPUT_TYPES = ['string', 'number', 'integer', 'boolean'] as const;
export type McpInputType = (typeof MCP_INPUT_TYPES)[number];

/** One field of a tool's input: a JSON Schema property restricted to what a job can bind. */
export interface McpInputField {
  type: McpInputType;
  description?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

/** A tool's input: a JSON Schema object of flat, typed fields (bound as `<<input.name>>` in the job). */
export interface McpInputSchema {
  type: 'object';
  properties: Record<string, McpInputField>;
  required: string[];
}

interface McpToolHead {
  name: string;
  title?: string;
  description: string;
  input: McpInputSchema;
}

/**
 * What a call runs: one of the plugin's jobs (`job`), or a server action declared on the tool itself (`action`:
 * a host method such as `lowStockReport`, a `networkRequest` to a declared host, ...), which the server runs
 * through the job runner as the job `mcp-<name>` (see `mcpToolJobId`).
 */
export type McpTool = McpToolHead &
  (
    | { job: string; action?: undefined; summary?: undefined }
    | { job?: undefined; action: Record<string, unknown>; summary?: string }
  );

/** The job id under which a tool's own action is run and recorded (`mcp-low_stock`). */
export const mcpToolJobId = (toolName: string) => `mcp-${toolName}`;

/** Data a resource offers: the inventory summary (needs `inventory:read`) or a job's last result. */
export type McpResourceData = { kind: 'inventory' } | { kind: 'jobResult'; job: string };

export interface McpResource {
  name: string;
  title?: string;
  description: string;
  data: McpResourceData;
}

export interface PluginMcp {
  tools: McpTool[];
  resources: McpResource[];
}

const INPUT_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function readName(value: unknown, path: string, issues: IssueList, what: string, taken: Set<string>) {
  if (typeof value !== 'string' || !MCP_NAME_PATTERN.test(value)) {
    issues.rule(
      path,
      `an MCP ${what} "name" is a lower-case letter, then lower-case letters, digits, "_" or "-" (at most 48, e.g. "low_stock_report"), got ${describeValue(value)}.`,
    );
    return undefined;
  }
  if (taken.has(value)) {
    issues.rule(path, `the MCP ${what} "${value}" is declared twice; names must be unique.`);
    return undefined;
  }
  taken.add(value);
  return value;
}

function readNumber(value: unknown, path: string, issues: IssueList): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.rule(path, `expected a number, got ${describeValue(value)}.`);
    return undefined;
  }
  return value;
}

function readInputField(value: unknown, path: string, issues: IssueList): McpInputField | undefined {
  if (!isRecord(value) || !(MCP_INPUT_TYPES as readonly unknown[]).includes(value.type)) {
    issues.rule(
      childPath(path, 'type'),
      `an input field is {"type": "${MCP_INPUT_TYPES.join('" | "')}", "description": ...}, got ${describeValue(isRecord(value) ? value.type : value)}.`,
      'tools take flat inputs; nested objects and lists are not offered',
    );
    return undefined;
  }
  const field: McpInputField = { type: value.type as McpInputType };
  const description = readText(
    value.description,
    childPath(path, 'description'),
    issues,
    'a "description"',
    500,
  );
  if (description) field.description = description;
  if (value.enum !== undefined) {
    if (
      field.type !== 'string' ||
      !Array.isArray(value.enum) ||
      value.enum.length === 0 ||
      value.enum.length > 64 ||
      !value.enum.every((option) => typeof option === 'string' && option.length <= 200)
    )
      issues.rule(childPath(path, 'enum'), '"enum" is a list of 1 to 64 texts, on a "string" field.');
    else field.enum = value.enum as string[];
  }
  for (const bound of ['minimum', 'maximum'] as const) {
    const number = readNumber(value[bound], childPath(path, bound), issues);
    if (number === undefined) continue;
    if (field.type === 'number' || field.type === 'integer') field[bound] = number;
    else issues.rule(childPath(path, bound), `"${bound}" belongs to a "number" or "integer" field.`);
  }
  const maxLength = readNumber(value.maxLength, childPath(path, 'maxLength'), issues);
  if (maxLength !== undefined) {
    if (field.type === 'string' && Number.isInteger(maxLength) && maxLength > 0) field.maxLength = maxLength;
    else issues.rule(childPath(path, 'maxLength'), '"maxLength" is a positive integer on a "string" field.');
  }
  return field;
}

function readInputSchema(value: unknown, path: string, issues: IssueList): McpInputSchema {
  const schema: McpInputSchema = { type: 'object', properties: {}, required: [] };
  if (value === undefined) return schema;
  if (
    !isRecord(value) ||
    value.type !== 'object' ||
    (value.properties !== undefined && !isRecord(value.properties))
  ) {
    issues.rule(
      path,
      `"input" is a JSON Schema object such as {"type": "object", "properties": {"days": {"type": "integer"}}}, got ${describeValue(value)}.`,
    );
    return schema;
  }
  const properties = isRecord(value.properties) ? Object.entries(value.properties) : [];
  if (properties.length > MAX_MCP_INPUT_FIELDS)
    issues.rule(childPath(path, 'properties'), `a tool takes at most ${MAX_MCP_INPUT_FIELDS} input fields.`);
  for (const [key, fieldValue] of properties.slice(0, MAX_MCP_INPUT_FIELDS)) {
    const fieldPath = childPath(childPath(path, 'properties'), key);
    if (!INPUT_KEY.test(key)) {
      issues.rule(
        fieldPath,
        `an input field name is a letter, then letters, digits or "_", got "${key.slice(0, 40)}".`,
      );
      continue;
    }
    const field = readInputField(fieldValue, fieldPath, issues);
    // Own-property map: an input named "constructor" must never reach Object.prototype.
    if (field) Object.defineProperty(schema.properties, key, { value: field, enumerable: true });
  }
  const required = readList(value.required, childPath(path, 'required'), issues, 'required');
  required.forEach((key, index) => {
    if (typeof key === 'string' && Object.hasOwn(schema.properties, key)) schema.required.push(key);
    else
      issues.rule(
        childPath(childPath(path, 'required'), index),
        `"required" names ${describeValue(key)}, which "properties" does not declare.`,
      );
  });
  return schema;
}

interface McpContext {
  jobIds: ReadonlySet<string>;
  /** The declared permissions (undefined: the plugin declares none). */
  permissions: readonly string[] | undefined;
}

/** What tools and resources share: the entry is an object with a `name`, a `description` and an optional `title`. */
function readEntryHead(
  entry: unknown,
  path: string,
  issues: IssueList,
  taken: Set<string>,
  what: 'tool' | 'resource',
  example: string,
) {
  if (!isRecord(entry)) {
    issues.rule(path, `an MCP ${what} is ${example}, got ${describeValue(entry)}.`);
    return undefined;
  }
  const name = readName(entry.name, childPath(path, 'name'), issues, what, taken);
  const description = readText(
    entry.description,
    childPath(path, 'description'),
    issues,
    `a ${what} "description"`,
    1000,
  );
  if (entry.description === undefined)
    issues.rule(
      childPath(path, 'description'),
      `an MCP ${what} needs a "description": it is how an assistant knows what it is for.`,
    );
  const title = readText(entry.title, childPath(path, 'title'), issues, `a ${what} "title"`, 100);
  return { entry, name, description, ...(title ? { title } : {}) };
}

/** What a tool runs: `job` (one of the plugin's jobs) or `action` (its own server action), never both. */
function readToolWork(
  entry: Record<string, unknown>,
  path: string,
  issues: IssueList,
  context: McpContext,
): { job: string } | { action: Record<string, unknown>; summary?: string } | undefined {
  const { job } = entry;
  if (job !== undefined && entry.action !== undefined) {
    issues.rule(
      path,
      'an MCP tool runs either a "job" of the plugin or its own "action", not both; remove one.',
    );
    return undefined;
  }
  if (entry.action !== undefined) {
    const action = readAction(entry.action, childPath(path, 'action'), issues, 'an MCP tool');
    const summary = readText(entry.summary, childPath(path, 'summary'), issues, 'a tool "summary"', 500);
    if (!action) return undefined;
    return summary ? { action, summary } : { action };
  }
  if (typeof job !== 'string' || !context.jobIds.has(job)) {
    issues.rule(
      childPath(path, 'job'),
      `"job" names one of this plugin's jobs (${[...context.jobIds].join(', ') || 'it declares none'}), got ${describeValue(job)}; or give the tool its own server "action".`,
    );
    return undefined;
  }
  if (entry.summary !== undefined)
    issues.rule(
      childPath(path, 'summary'),
      'a tool that runs a job answers with the job\'s own "summary"; move it to the job.',
    );
  return { job };
}

function readTool(entry: unknown, path: string, issues: IssueList, taken: Set<string>, context: McpContext) {
  const head = readEntryHead(
    entry,
    path,
    issues,
    taken,
    'tool',
    '{"name": "low_stock_report", "description": "...", "job": "low-stock"}',
  );
  if (!head) return undefined;
  let work = readToolWork(head.entry, path, issues, context);
  if (work && 'action' in work && head.name && context.jobIds.has(mcpToolJobId(head.name))) {
    work = undefined;
    issues.rule(
      childPath(path, 'name'),
      `the tool's action is recorded as the job "${mcpToolJobId(head.name)}", which this plugin already declares; rename the tool or the job.`,
    );
  }
  const input = readInputSchema(head.entry.input, childPath(path, 'input'), issues);
  if (!head.name || !head.description || !work) return undefined;
  const tool = { name: head.name, description: head.description, input, ...work } as McpTool;
  if (head.title) tool.title = head.title;
  return tool;
}

function readResourceData(value: unknown, path: string, issues: IssueList, context: McpContext) {
  if (value === 'inventory') {
    if (!context.permissions?.includes('inventory:read')) {
      issues.rule(
        path,
        'the inventory summary needs the permission "inventory:read"; declare it in "permissions".',
      );
      return undefined;
    }
    return { kind: 'inventory' } as const;
  }
  const job = typeof value === 'string' && value.startsWith('job:') ? value.slice(4) : undefined;
  if (job !== undefined && context.jobIds.has(job)) return { kind: 'jobResult', job } as const;
  issues.rule(
    path,
    `"data" is "inventory" or "job:<id>" of one of this plugin's jobs, got ${describeValue(value)}.`,
  );
  return undefined;
}

function readResource(
  entry: unknown,
  path: string,
  issues: IssueList,
  taken: Set<string>,
  context: McpContext,
) {
  const head = readEntryHead(
    entry,
    path,
    issues,
    taken,
    'resource',
    '{"name": "inventory", "description": "...", "data": "inventory"}',
  );
  if (!head) return undefined;
  const data = readResourceData(head.entry.data, childPath(path, 'data'), issues, context);
  if (!head.name || !head.description || !data) return undefined;
  const resource: McpResource = { name: head.name, description: head.description, data };
  if (head.title) resource.title = head.title;
  return resource;
}

function readCapped(value: unknown, path: string, issues: IssueList): unknown[] {
  const list = readList(value, path, issues, path);
  if (list.length <= MAX_MCP_ENTRIES) return list;
  issues.rule(path, `"${path}" may have at most ${MAX_MCP_ENTRIES} entries; it has ${list.length}.`);
  return list.slice(0, MAX_MCP_ENTRIES);
}

/** Reads `mcp`; checks each tool's job and each resource's data against the plugin's jobs and permissions. */
export function readMcp(value: unknown, context: McpContext, issues: IssueList): PluginMcp {
  const mcp: PluginMcp = { tools: [], resources: [] };
  if (value === undefined) return mcp;
  if (!isRecord(value)) {
    issues.rule('mcp', `"mcp" is {"tools": [...], "resources": [...]}, got ${describeValue(value)}.`);
    return mcp;
  }
  const toolNames = new Set<string>();
  readCapped(value.tools, 'mcp.tools', issues).forEach((entry, index) => {
    const tool = readTool(entry, childPath('mcp.tools', index), issues, toolNames, context);
    if (tool) mcp.tools.push(tool);
  });
  const resourceNames = new Set<string>();
  readCapped(value.resources, 'mcp.resources', issues).forEach((entry, index) => {
    const resource = readResource(entry, childPath('mcp.resources', index), issues, resourceNames, context);
    if (resource) mcp.resources.push(resource);
  });
  return mcp;
}
