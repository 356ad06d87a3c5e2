/**
 * The JSON Schema of a plugin file, generated from the same zod schemas the validator is derived from.
 * Committed as public/stac-plugin.schema.json (`npm run schema`); editors that follow `$schema` get
 * completion for widget types, their props and enum values.
 */
import { z } from 'zod';
import { stacActionSchema, stacNodeSchema } from './widgetSchemas';
import { KNOWN_SLOTS, SLOT_PATTERN, isSemver } from './plugin';
import { PERMISSIONS, PLUGIN_ID_PATTERN, SETTING_KEY_PATTERN, SETTING_TYPES } from './manifest';
import { COMMAND_PLACES, HOST_EVENTS, JOB_ID_PATTERN, JOB_TRIGGERS } from './jobManifest';
import { MAX_MCP_ENTRIES, MCP_INPUT_TYPES, MCP_NAME_PATTERN } from './mcpManifest';

const slotName = z
  .union([z.enum(KNOWN_SLOTS), z.string().regex(SLOT_PATTERN)])
  .meta({ description: 'Where the plugin renders, e.g. "dashboard_top" or "asset_detail".' });

const versionRange = z.string().meta({ description: 'A semver range, e.g. "^1.2.0" or ">=1.0.0 <3".' });

const settingSchema = z.object({
  key: z
    .string()
    .regex(SETTING_KEY_PATTERN)
    .meta({ description: 'Read in the document as <<settings.key>>.' }),
  type: z.enum(SETTING_TYPES).optional().meta({ description: 'Default "string".' }),
  label: z.string().min(1),
  help: z.string().optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  options: z
    .array(z.string())
    .min(1)
    .optional()
    .meta({ description: 'The allowed values of an "enum" setting.' }),
  min: z.number().optional(),
  max: z.number().optional(),
  required: z
    .boolean()
    .optional()
    .meta({ description: 'A slot shows "Set up" instead of the plugin until it is set.' }),
});

const dependencySchema = z.union([
  z.string().regex(PLUGIN_ID_PATTERN),
  z.object({
    id: z.string().regex(PLUGIN_ID_PATTERN),
    version: versionRange.optional(),
    optional: z.boolean().optional().meta({ description: 'Read <<plugin.has.id>> to adapt when it is off.' }),
  }),
]);

const checkText = {
  title: z.string().optional().meta({ description: 'Shown on the plugin row when the check blocks it.' }),
  details: z.string().optional(),
};
const startupCheckSchema = z.union([
  z.object({ hostVersion: versionRange, ...checkText }),
  z.object({
    setting: z.string().meta({ description: 'A declared setting that must have a value.' }),
    ...checkText,
  }),
  z.object({
    dependency: z.string().meta({ description: 'A declared dependency that must be active.' }),
    ...checkText,
  }),
  z.object({
    hostFeature: z.string().meta({ description: 'A feature of the host, e.g. "inventory".' }),
    ...checkText,
  }),
]);

const jobSchema = z.object({
  id: z.string().regex(JOB_ID_PATTERN),
  name: z.string().min(1).meta({ description: 'Shown on the plugins page.' }),
  description: z.string().optional(),
  trigger: z.enum(JOB_TRIGGERS).optional().meta({ description: '"manual" unless a schedule is given.' }),
  schedule: z.string().optional().meta({
    description:
      '"daily" (default), "hourly", "weekly", "every 30m" or a cron expression in UTC ("0 7 * * 1-5").',
  }),
  scheduleLabel: z.string().optional().meta({ description: 'How the schedule reads to a user.' }),
  action: stacActionSchema.meta({
    description: 'Run by the server: networkRequest, multiAction, setValue, host methods.',
  }),
  summary: z
    .string()
    .optional()
    .meta({ description: 'A template bound against the result, e.g. "<<result.count>> low".' }),
});

const mcpInputFieldSchema = z.object({
  type: z.enum(MCP_INPUT_TYPES),
  description: z.string().optional(),
  enum: z
    .array(z.string())
    .min(1)
    .max(64)
    .optional()
    .meta({ description: 'Allowed values ("string" only).' }),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxLength: z.number().int().positive().optional(),
});

const mcpToolHead = {
  name: z.string().regex(MCP_NAME_PATTERN),
  title: z.string().optional(),
  description: z.string().min(1).meta({ description: 'How an assistant knows when to use the tool.' }),
  input: z
    .object({
      type: z.literal('object'),
      properties: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), mcpInputFieldSchema).optional(),
      required: z.array(z.string()).optional(),
    })
    .optional()
    .meta({ description: 'Flat typed fields, bound in the job or action as <<input.name>>.' }),
};

const mcpSchema = z.object({
  tools: z
    .array(
      z.union([
        z.object({
          ...mcpToolHead,
          job: z.string().regex(JOB_ID_PATTERN).meta({ description: 'The id of the job the tool runs.' }),
        }),
        z.object({
          ...mcpToolHead,
          action: stacActionSchema.meta({
            description:
              'A server action of its own, run like a job (recorded as the job "mcp-<name>"): a host method such as {"method": "lowStockReport"}, a networkRequest to a declared host, multiAction, setValue.',
          }),
          summary: z
            .string()
            .optional()
            .meta({ description: 'A template bound against the result, e.g. "<<result.count>> low".' }),
        }),
      ]),
    )
    .max(MAX_MCP_ENTRIES)
    .optional(),
  resources: z
    .array(
      z.object({
        name: z.string().regex(MCP_NAME_PATTERN),
        title: z.string().optional(),
        description: z.string().min(1),
        data: z.union([z.literal('inventory'), z.string().regex(/^job:[A-Za-z][A-Za-z0-9_-]{0,63}$/)]).meta({
          description: '"inventory" (needs inventory:read) or "job:<id>" (the job\'s last result).',
        }),
      }),
    )
    .max(MAX_MCP_ENTRIES)
    .optional(),
});

const subscriptionSchema = z.object({
  event: z.enum(HOST_EVENTS),
  action: stacActionSchema,
  summary: z
    .string()
    .max(500)
    .optional()
    .meta({ description: 'For an action the server runs: the line its recorded run shows (a template).' }),
});

const commandSchema = z.object({
  id: z.string().regex(JOB_ID_PATTERN),
  title: z.string().min(1),
  icon: z.string().optional().meta({ description: 'A Material icon name.' }),
  where: z.enum(COMMAND_PLACES),
  action: stacActionSchema,
  summary: z.string().max(500).optional().meta({
    description:
      'For an action the server runs (a host method, a request): the line shown when it ends (a template).',
  }),
});

/** Where the app serves the schema (public/); plugin files beside it use a relative `$schema`. */
export const PLUGIN_SCHEMA_PATH = '/stac-plugin.schema.json';

/** A plugin file as authors write it (the body of `POST /plugins`, plus what the market shows). */
export const pluginFileSchema = z
  .looseObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    id: z.string().optional().meta({ description: 'Unique identifier; the server assigns one if missing.' }),
    name: z.string().min(1).meta({ description: 'Display name of the plugin.' }),
    version: z.string().refine(isSemver).meta({
      description: 'Semver version, e.g. "1.0.0".',
      pattern: '^\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]+)?$',
    }),
    description: z.string().optional(),
    author: z.string().optional().meta({ description: 'GitHub username of the author.' }),
    authorAvatar: z.string().optional().meta({ description: 'URL of the author avatar image.' }),
    slot: slotName.optional(),
    isPublic: z.boolean().optional(),
    ui: stacNodeSchema
      .optional()
      .meta({ description: 'The STAC document of a one-surface plugin (with "slot").' }),
    surfaces: z.record(z.string().regex(SLOT_PATTERN), stacNodeSchema).optional().meta({
      description: 'A composite plugin: slot name -> STAC document. Give "surfaces" or "ui", never both.',
    }),
    permissions: z
      .array(z.union([z.enum(PERMISSIONS), z.string().regex(/^network:[^\s]+$/)]))
      .optional()
      .meta({ description: 'What the plugin may read and do; "network:<host>" per host it requests.' }),
    settings: z.array(settingSchema).optional(),
    dependencies: z.array(dependencySchema).optional(),
    requires: z.object({ host: versionRange.optional() }).optional(),
    capabilities: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Free-form tags, e.g. "inventory-summary".' }),
    startupChecks: z.array(startupCheckSchema).optional(),
    jobs: z
      .array(jobSchema)
      .optional()
      .meta({ description: 'Work the server runs on demand or on a schedule.' }),
    subscriptions: z
      .array(subscriptionSchema)
      .optional()
      .meta({ description: 'Host events the plugin reacts to.' }),
    commands: z
      .array(commandSchema)
      .optional()
      .meta({ description: 'Entries the plugin adds to host menus.' }),
    mcp: mcpSchema.optional().meta({
      description: 'Tools (jobs) and resources (granted data) offered to AI assistants over MCP.',
    }),
  })
  .meta({
    title: 'stac-web plugin',
    description:
      'An Invenicum plugin: metadata plus a STAC UI definition in "ui" (one slot) or "surfaces" (several).',
    // Either one surface or several, never both (as DMS's component/components).
    oneOf: [{ required: ['slot', 'ui'] }, { required: ['surfaces'] }],
  });

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
