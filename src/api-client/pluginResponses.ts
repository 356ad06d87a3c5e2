import { z } from 'zod';

/**
 * Plugin records as the API returns them. TEMPORARY local model until src/stac-schema exports the shared
 * plugin model; then this file only adapts those schemas to lists.
 */
const id = z.union([z.string().min(1), z.number()]).transform(String);

function normalizeRecord(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const record = { ...(input as Record<string, unknown>) };
  // The real backend sometimes stores the whole plugin file as `ui`: `{ ui: { ui: {...} } }`.
  const ui = record.ui;
  if (typeof ui === 'object' && ui !== null && !('type' in ui) && 'ui' in ui) record.ui = (ui as { ui: unknown }).ui;
  if (record.iconUrl === undefined && typeof record.icon_url === 'string') record.iconUrl = record.icon_url;
  for (const key of Object.keys(record)) if (record[key] === null) delete record[key];
  return record;
}

const baseRecord = z.looseObject({
  id,
  name: z.string(),
  author: z.string().default(''),
  version: z.string().default('0.0.0'),
  description: z.string().default(''),
  slot: z.string().default('dashboard_top'),
  ui: z.unknown().optional(),
  authorAvatar: z.string().optional(),
  iconUrl: z.string().optional(),
  downloadCount: z.number().default(0),
  hasUpdate: z.boolean().default(false),
  latestVersion: z.string().optional(),
  isMine: z.boolean().default(false),
  isActive: z.boolean().optional(),
  isPublic: z.boolean().default(true),
  isOfficial: z.boolean().default(false),
  download_url: z.string().optional(),
});

export const communityPluginSchema = z.preprocess(normalizeRecord, baseRecord);
export type CommunityPlugin = z.output<typeof communityPluginSchema>;

export const installedPluginSchema = z.preprocess(
  normalizeRecord,
  baseRecord.extend({ isActive: z.boolean().default(true) }),
);
export type InstalledPlugin = z.output<typeof installedPluginSchema>;

export const communityListSchema = z.array(communityPluginSchema);
export const installedListSchema = z.array(installedPluginSchema);

export const previewSchema = z.preprocess(
  normalizeRecord,
  z.looseObject({
    id: id.optional(),
    name: z.string(),
    version: z.string().default('0.0.0'),
    description: z.string().default(''),
    slot: z.string().optional(),
    author: z.string().optional(),
    ui: z.unknown(),
  }),
);
export type PluginPreview = z.output<typeof previewSchema>;

/** `POST /plugins/install`: a catalog id, or a `download_url` to install from. */
export interface InstallPluginBody {
  id: string;
  name?: string;
  author?: string;
  version?: string;
  download_url?: string;
  isOfficial?: boolean;
}

export interface PluginCreateBody {
  name: string;
  version: string;
  description?: string;
  slot: string;
  ui: unknown;
  isPublic?: boolean;
  id?: string;
}

export type PluginUpdateBody = Partial<PluginCreateBody>;
