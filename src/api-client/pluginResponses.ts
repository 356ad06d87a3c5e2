import { z } from 'zod';
import {
  communityPluginSchema,
  installedPluginSchema,
  unwrapPluginUi,
  type PluginCreateBody as PluginCreateFields,
  type PluginUpdateBody as PluginUpdateFields,
} from '../stac-schema';
import type { StacIssue } from '../stac-schema';

/**
 * Plugin answers, checked with the shared plugin model of src/stac-schema (tolerant of the real backend:
 * `{ ui: { ui } }`, `icon_url`, missing optional fields) plus the fields the reference server adds.
 * `ui` stays `unknown`: it is validated by parseStacDocument when it is rendered.
 */

const issueSchema = z.looseObject({
  code: z.string(),
  severity: z.enum(['error', 'warning']).catch('error'),
  path: z.string(),
  message: z.string(),
  hint: z.string().optional(),
});
const issuesSchema = z.array(issueSchema).transform((issues) => issues as StacIssue[]);

/** Checks the fields a backend adds on top of the shared model, keeping the model's output. */
function withExtras<Base extends object, Extra extends object>(
  base: z.ZodType<Base>,
  extras: z.ZodType<Extra>,
) {
  return base.transform((record, ctx): Base & Extra => {
    const checked = extras.safeParse(record);
    if (checked.success) return { ...record, ...checked.data };
    for (const issue of checked.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

const communityItem = withExtras(
  communityPluginSchema,
  z.object({
    /** Reference server: whether the signed-in user has it installed, and which version. */
    isInstalled: z.boolean().optional(),
    installedVersion: z.string().nullable().optional(),
  }),
);
export type CommunityPlugin = z.output<typeof communityPluginSchema> & {
  isInstalled?: boolean;
  installedVersion?: string | null;
};

const installedExtras = z.object({
  /** Reference server: false when the author removed the plugin from the catalog. */
  inCatalog: z.boolean().optional(),
  /** Reference server: the user's values of the declared settings. */
  settingValues: z.record(z.string(), z.unknown()).optional(),
  /** Reference server: what the user allowed the installed version (null: never asked). */
  consentedPermissions: z.array(z.string()).nullable().optional(),
  /** Reference server: what the latest version asks for beyond that consent. */
  updatePermissions: z.array(z.string()).optional(),
  /** Reference server: whether the user's AI assistants see its MCP tools and resources (docs/mcp.md). */
  mcpEnabled: z.boolean().optional(),
});
const installedItem = withExtras(installedPluginSchema, installedExtras);
export type InstalledPlugin = z.output<typeof installedPluginSchema> & z.output<typeof installedExtras>;

export const communityListSchema = z.array(communityItem);
export const installedListSchema = z.array(installedItem);

/** `GET /plugins/preview-stac`: the plugin file as the server read it, plus its validation. */
export const previewSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  name: z.string(),
  version: z.string().default('0.0.0'),
  description: z.string().default(''),
  author: z.string().nullable().optional(),
  slot: z.string().optional(),
  ui: z.unknown().transform(unwrapPluginUi),
  sourceUrl: z.string().optional(),
  /** False when strict validation found errors; installing it would fail with INVALID_STAC. */
  valid: z.boolean().optional(),
  issues: issuesSchema.default([]),
});
export type PluginPreview = z.output<typeof previewSchema>;

/**
 * `POST /plugins/install`: a catalog `id`, or a `download_url` to install a plugin file from. The other
 * fields are what the documented Invenicum body carries; the reference server reads the file instead.
 */
export interface InstallPluginBody {
  id?: string;
  name?: string;
  author?: string;
  version?: string;
  download_url?: string;
  isOfficial?: boolean;
  /** The permissions the user allowed on the consent screen (the plugin's and its dependencies'). */
  acceptPermissions?: string[];
  /** Install the catalog plugins it needs that are missing, dependencies first. */
  installDependencies?: boolean;
}

/** `PUT /plugins/user/settings` (reference server). */
export const saveSettingsResultSchema = z.looseObject({
  success: z.boolean().optional(),
  settingValues: z.record(z.string(), z.unknown()),
});
export type SaveSettingsResult = z.output<typeof saveSettingsResultSchema>;

/**
 * Manifest fields a published plugin may carry (docs/authoring.md); the server checks them with the same
 * schema, so they are passed through as given.
 */
export interface PluginManifestFields {
  permissions?: string[];
  settings?: unknown[];
  dependencies?: unknown[];
  requires?: { host?: string };
  capabilities?: string[];
  startupChecks?: unknown[];
  surfaces?: Record<string, unknown>;
  jobs?: unknown[];
  subscriptions?: unknown[];
  commands?: unknown[];
}
export type PluginCreateBody = PluginCreateFields & PluginManifestFields;
export type PluginUpdateBody = PluginUpdateFields & PluginManifestFields;
