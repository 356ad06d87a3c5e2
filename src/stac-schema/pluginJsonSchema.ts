/**
 * The JSON Schema of a plugin file, generated from the same zod schemas the validator is derived from.
 * Committed as public/stac-plugin.schema.json (`npm run schema`); editors that follow `$schema` get
 * completion for widget types, their props and enum values.
 */
import { z } from './zodConfig';
import { withMeta } from './schemaMeta';
import { stacActionSchema, stacNodeSchema } from './widgetSchemas';
import { KNOWN_SLOTS, SLOT_PATTERN, isSemver } from './pluginRecord';
import { PERMISSIONS, PLUGIN_ID_PATTERN, SETTING_KEY_PATTERN, SETTING_TYPES } from './manifest';
import { COMMAND_PLACES, HOST_EVENTS, JOB_ID_PATTERN, JOB_TRIGGERS } from './jobManifest';
import { MAX_MCP_ENTRIES, MCP_INPUT_TYPES, MCP_NAME_PATTERN } from './mcpManifest';

const slotName = withMeta(z.union([z.enum(KNOWN_SLOTS), z.string().check(z.regex(SLOT_PATTERN))]), {
  description: 'Where the plugin renders, e.g. "dashboard_top" or "asset_detail".',
});

const versionRange = withMeta(z.string(), { description: 'A semver range, e.g. "^1.2.0" or ">=1.0.0 <3".' });

const settingSchema = z.object({
  key: withMeta(z.string().check(z.regex(SETTING_KEY_PATTERN)), {
    description: 'Read in the document as <<settings.key>>.',
  }),
  type: withMeta(z.optional(z.enum(SETTING_TYPES)), { description: 'Default "string".' }),
  label: z.string().check(z.minLength(1)),
  help: z.optional(z.string()),
  default: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  options: withMeta(z.optional(z.array(z.string()).check(z.minLength(1))), {
    description: 'The allowed values of an "enum" setting.',
  }),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  required: withMeta(z.optional(z.boolean()), {
    description: 'A slot shows "Set up" instead of the plugin until it is set.',
  }),
});

const dependencySchema = z.union([
  z.string().check(z.regex(PLUGIN_ID_PATTERN)),
  z.object({
    id: z.string().check(z.regex(PLUGIN_ID_PATTERN)),
    version: z.optional(versionRange),
    optional: withMeta(z.optional(z.boolean()), {
      description: 'Read <<plugin.has.id>> to adapt when it is off.',
    }),
  }),
]);

const checkText = {
  title: withMeta(z.optional(z.string()), {
    description: 'Shown on the plugin row when the check blocks it.',
  }),
  details: z.optional(z.string()),
};
const startupCheckSchema = z.union([
  z.object({ hostVersion: versionRange, ...checkText }),
  z.object({
    setting: withMeta(z.string(), { description: 'A declared setting that must have a value.' }),
    ...checkText,
  }),
  z.object({
    dependency: withMeta(z.string(), { description: 'A declared dependency that must be active.' }),
    ...checkText,
  }),
  z.object({
    hostFeature: withMeta(z.string(), { description: 'A feature of the host, e.g. "inventory".' }),
    ...checkText,
  }),
]);

const jobSchema = z.object({
  id: z.string().check(z.regex(JOB_ID_PATTERN)),
  name: withMeta(z.string().check(z.minLength(1)), { description: 'Shown on the plugins page.' }),
  description: z.optional(z.string()),
  trigger: withMeta(z.optional(z.enum(JOB_TRIGGERS)), {
    description: '"manual" unless a schedule is given.',
  }),
  schedule: withMeta(z.optional(z.string()), {
    description:
      '"daily" (default), "hourly", "weekly", "every 30m" or a cron expression in UTC ("0 7 * * 1-5").',
  }),
  scheduleLabel: withMeta(z.optional(z.string()), { description: 'How the schedule reads to a user.' }),
  action: withMeta(stacActionSchema, {
    description: 'Run by the server: networkRequest, multiAction, setValue, host methods.',
  }),
  summary: withMeta(z.optional(z.string()), {
    description: 'A template bound against the result, e.g. "<<result.count>> low".',
  }),
});

const mcpInputFieldSchema = z.object({
  type: z.enum(MCP_INPUT_TYPES),
  description: z.optional(z.string()),
  enum: withMeta(z.optional(z.array(z.string()).check(z.minLength(1)).check(z.maxLength(64))), {
    description: 'Allowed values ("string" only).',
  }),
  minimum: z.optional(z.number()),
  maximum: z.optional(z.number()),
  maxLength: z.optional(z.number().check(z.int()).check(z.positive())),
});

const mcpToolHead = {
  name: z.string().check(z.regex(MCP_NAME_PATTERN)),
  title: z.optional(z.string()),
  description: withMeta(z.string().check(z.minLength(1)), {
    description: 'How an assistant knows when to use the tool.',
  }),
  input: withMeta(
    z.optional(
      z.object({
        type: z.literal('object'),
        properties: z.optional(
          z.record(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)), mcpInputFieldSchema),
        ),
        required: z.optional(z.array(z.string())),
      }),
    ),
    { description: 'Flat typed fields, bound in the job or action as <<input.name>>.' },
  ),
};

const mcpSchema = z.object({
  tools: z.optional(
    z
      .array(
        z.union([
          z.object({
            ...mcpToolHead,
            job: withMeta(z.string().check(z.regex(JOB_ID_PATTERN)), {
              description: 'The id of the job the tool runs.',
            }),
          }),
          z.object({
            ...mcpToolHead,
            action: withMeta(stacActionSchema, {
              description:
                'A server action of its own, run like a job (recorded as the job "mcp-<name>"): a host method such as {"method": "lowStockReport"}, a networkRequest to a declared host, multiAction, setValue.',
            }),
            summary: withMeta(z.optional(z.string()), {
              description: 'A template bound against the result, e.g. "<<result.count>> low".',
            }),
          }),
        ]),
      )
      .check(z.maxLength(MAX_MCP_ENTRIES)),
  ),
  resources: z.optional(
    z
      .array(
        z.object({
          name: z.string().check(z.regex(MCP_NAME_PATTERN)),
          title: z.optional(z.string()),
          description: z.string().check(z.minLength(1)),
          data: withMeta(
            z.union([z.literal('inventory'), z.string().check(z.regex(/^job:[A-Za-z][A-Za-z0-9_-]{0,63}$/))]),
            {
              description: '"inventory" (needs inventory:read) or "job:<id>" (the job\'s last result).',
            },
          ),
        }),
      )
      .check(z.maxLength(MAX_MCP_ENTRIES)),
  ),
});

const subscriptionSchema = z.object({
  event: z.enum(HOST_EVENTS),
  action: stacActionSchema,
  summary: withMeta(z.optional(z.string().check(z.maxLength(500))), {
    description: 'For an action the server runs: the line its recorded run shows (a template).',
  }),
});

const commandSchema = z.object({
  id: z.string().check(z.regex(JOB_ID_PATTERN)),
  title: z.string().check(z.minLength(1)),
  icon: withMeta(z.optional(z.string()), { description: 'A Material icon name.' }),
  where: z.enum(COMMAND_PLACES),
  action: stacActionSchema,
  summary: withMeta(z.optional(z.string().check(z.maxLength(500))), {
    description:
      'For an action the server runs (a host method, a request): the line shown when it ends (a template).',
  }),
});

/** Where the app serves the schema (public/); plugin files beside it use a relative `$schema`. */
export const PLUGIN_SCHEMA_PATH = '/stac-plugin.schema.json';

/** A plugin file as authors write it (the body of `POST /plugins`, plus what the market shows). */
export const pluginFileSchema = withMeta(
  z.looseObject({
    $schema: withMeta(z.optional(z.string()), {
      description: 'Path or URL of this JSON Schema, for editors.',
    }),
    id: withMeta(z.optional(z.string()), {
      description: 'Unique identifier; the server assigns one if missing.',
    }),
    name: withMeta(z.string().check(z.minLength(1)), { description: 'Display name of the plugin.' }),
    version: withMeta(z.string().check(z.refine(isSemver)), {
      description: 'Semver version, e.g. "1.0.0".',
      pattern: '^\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]+)?$',
    }),
    description: z.optional(z.string()),
    author: withMeta(z.optional(z.string()), { description: 'GitHub username of the author.' }),
    authorAvatar: withMeta(z.optional(z.string()), { description: 'URL of the author avatar image.' }),
    slot: z.optional(slotName),
    isPublic: z.optional(z.boolean()),
    ui: withMeta(z.optional(stacNodeSchema), {
      description: 'The STAC document of a one-surface plugin (with "slot").',
    }),
    surfaces: withMeta(z.optional(z.record(z.string().check(z.regex(SLOT_PATTERN)), stacNodeSchema)), {
      description: 'A composite plugin: slot name -> STAC document. Give "surfaces" or "ui", never both.',
    }),
    permissions: withMeta(
      z.optional(z.array(z.union([z.enum(PERMISSIONS), z.string().check(z.regex(/^network:[^\s]+$/))]))),
      { description: 'What the plugin may read and do; "network:<host>" per host it requests.' },
    ),
    settings: z.optional(z.array(settingSchema)),
    dependencies: z.optional(z.array(dependencySchema)),
    requires: z.optional(z.object({ host: z.optional(versionRange) })),
    capabilities: withMeta(z.optional(z.array(z.string().check(z.minLength(1)))), {
      description: 'Free-form tags, e.g. "inventory-summary".',
    }),
    startupChecks: z.optional(z.array(startupCheckSchema)),
    jobs: withMeta(z.optional(z.array(jobSchema)), {
      description: 'Work the server runs on demand or on a schedule.',
    }),
    subscriptions: withMeta(z.optional(z.array(subscriptionSchema)), {
      description: 'Host events the plugin reacts to.',
    }),
    commands: withMeta(z.optional(z.array(commandSchema)), {
      description: 'Entries the plugin adds to host menus.',
    }),
    mcp: withMeta(z.optional(mcpSchema), {
      description: 'Tools (jobs) and resources (granted data) offered to AI assistants over MCP.',
    }),
  }),
  {
    title: 'stac-web plugin',
    description:
      'An Invenicum plugin: metadata plus a STAC UI definition in "ui" (one slot) or "surfaces" (several).',
    // Either one surface or several, never both (as DMS's component/components).
    oneOf: [{ required: ['slot', 'ui'] }, { required: ['surfaces'] }],
  },
);

let cached: Record<string, unknown> | undefined;

/** The JSON Schema (draft 2020-12) of a plugin file. Pure data; safe to serialise. */
export function pluginJsonSchema(): Record<string, unknown> {
  cached ??= z.toJSONSchema(pluginFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
  }) as Record<string, unknown>;
  return structuredClone(cached);
}
