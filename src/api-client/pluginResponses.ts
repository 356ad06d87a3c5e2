import { z } from '../stac-schema';
import {
  communityPluginSchema,
  unwrapPluginUi,
  zodOfReader,
  type PluginCreateBody as PluginCreateFields,
  type PluginUpdateBody as PluginUpdateFields,
} from '../stac-schema';
import type { StacIssue } from '../stac-schema';
import { readInstalledList, type InstalledPlugin } from './slotAnswers';

export type { InstalledPlugin };

/**
 * Plugin answers, checked with the shared plugin model of src/stac-schema (tolerant of the real backend:
 * `{ ui: { ui } }`, `icon_url`, missing optional fields) plus the fields the reference server adds.
 * `ui` stays `unknown`: it is validated by parseStacDocument when it is rendered.
 */

const issueSchema = z.looseObject({
  code: z.string(),
  severity: z.catch(z.enum(['error', 'warning']), 'error'),
  path: z.string(),
  message: z.string(),
  hint: z.optional(z.string()),
});
const issuesSchema = z.pipe(
  z.array(issueSchema),
  z.transform((issues) => issues as StacIssue[]),
);

/** Checks the fields a backend adds on top of the shared model, keeping the model's output. */
function withExtras<Base extends object, Extra extends object>(
  base: z.ZodMiniType<Base>,
  extras: z.ZodMiniType<Extra>,
) {
  return z.pipe(
    base,
    z.transform((record, ctx): Base & Extra => {
      const checked = extras.safeParse(record);
      if (checked.success) return { ...record, ...checked.data };
      for (const issue of checked.error.issues)
        ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: record });
      return z.NEVER;
    }),
  );
}

const communityItem = withExtras(
  communityPluginSchema,
  z.object({
    /** Reference server: whether the signed-in user has it installed, and which version. */
    isInstalled: z.optional(z.boolean()),
    installedVersion: z.optional(z.nullable(z.string())),
  }),
);
export type CommunityPlugin = z.output<typeof communityPluginSchema> & {
  isInstalled?: boolean;
  installedVersion?: string | null;
};

export const communityListSchema = z.array(communityItem);
/** The installed list, read by the embed's reader (./slotAnswers) so that both say the same. */
export const installedListSchema: z.ZodMiniType<InstalledPlugin[]> = zodOfReader(readInstalledList);

/** `GET /plugins/preview-stac`: the plugin file as the server read it, plus its validation. */
export const previewSchema = z.looseObject({
  id: z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform(String))),
  name: z.string(),
  version: z._default(z.string(), '0.0.0'),
  description: z._default(z.string(), ''),
  author: z.optional(z.nullable(z.string())),
  slot: z.optional(z.string()),
  ui: z.pipe(z.unknown(), z.transform(unwrapPluginUi)),
  sourceUrl: z.optional(z.string()),
  /** False when strict validation found errors; installing it would fail with INVALID_STAC. */
  valid: z.optional(z.boolean()),
  issues: z._default(issuesSchema, []),
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
  success: z.optional(z.boolean()),
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
