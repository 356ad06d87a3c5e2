/**
 * The plugin model of the Invenicum Plugin API (seeds/invenicum-plugin-api.txt): the full record, the
 * community and installed list items, and the create/update bodies. Response schemas are tolerant of
 * what the real backend sends (missing optional fields, `null`s, numeric ids, `icon_url`, `ui` wrapped as
 * `{ ui: {...} }`); request bodies are strict, because we author them.
 */
import { z } from 'zod';
import type { StacIssue } from './types';
import { childPath } from './issues';
import { parseJsonText } from './parseStacDocument';

/** Slots the Invenicum host documents. Hosts may define more; a slot is an identifier like these. */
export const KNOWN_SLOTS = ['dashboard_top', 'asset_detail'] as const;
export type KnownSlot = (typeof KNOWN_SLOTS)[number];

export const SLOT_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

// semver 2.0.0, from the grammar on semver.org (no leading zeros, optional pre-release and build).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isSemver(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 256 && SEMVER.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Unwraps `{ ui: { ui: {...} } }` (the real backend stores whole plugin files as `ui` at times) and a `ui`
 * that arrives as JSON text (a database column sent as is).
 */
export function unwrapPluginUi(ui: unknown): unknown {
  let current = ui;
  if (typeof current === 'string' && /^\s*\{/.test(current)) {
    const parsed = parseJsonText(current);
    if (parsed.ok) current = parsed.value;
  }
  for (let i = 0; i < 3 && isRecord(current) && current.type === undefined && isRecord(current.ui); i += 1) {
    current = current.ui;
  }
  return current;
}

function normalizePluginRecord(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(input)) if (input[key] !== null) record[key] = input[key];
  if (record.ui !== undefined) record.ui = unwrapPluginUi(record.ui);
  // A composite plugin (`surfaces`) without "slot" is listed under its first surface, not the default slot.
  if (record.slot === undefined && isRecord(record.surfaces)) {
    const first = Object.keys(record.surfaces)[0];
    if (first !== undefined) record.slot = first;
  }
  if (record.authorAvatar === undefined) {
    const avatar = record.icon_url ?? record.iconUrl ?? record.avatar_url;
    if (typeof avatar === 'string') record.authorAvatar = avatar;
  }
  if (record.iconUrl === undefined && typeof record.icon_url === 'string') record.iconUrl = record.icon_url;
  if (record.download_url === undefined && typeof record.downloadUrl === 'string')
    record.download_url = record.downloadUrl;
  return record;
}

const pluginId = z.union([z.string().min(1), z.number()]).transform(String);
const count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const flag = z.union([
  z.boolean(),
  z.enum(['true', 'false']).transform((v) => v === 'true'),
  z.literal(0).transform(() => false),
  z.literal(1).transform(() => true),
]);

const pluginRecordObject = z.looseObject({
  id: pluginId,
  name: z.string(),
  author: z.string().default(''),
  version: z.string().default('0.0.0'),
  description: z.string().default(''),
  slot: z.string().default('dashboard_top'),
  /** The STAC document, still untrusted: validate it with parseStacDocument before rendering. */
  ui: z.unknown().optional(),
  authorAvatar: z.string().optional(),
  iconUrl: z.string().optional(),
  downloadCount: count.default(0),
  hasUpdate: flag.default(false),
  latestVersion: z.string().optional(),
  isMine: flag.default(false),
  isActive: flag.optional(),
  isPublic: flag.default(true),
  isOfficial: flag.default(false),
  download_url: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});

/** The full plugin record (Plugin Model of the API docs). */
export const pluginSchema = z.preprocess(normalizePluginRecord, pluginRecordObject);
export type PluginRecord = z.output<typeof pluginSchema>;

/** An item of `GET /plugins/community`. */
export const communityPluginSchema = z.preprocess(normalizePluginRecord, pluginRecordObject);
export type CommunityPlugin = z.output<typeof communityPluginSchema>;

/** An item of `GET /plugins/installed`: active unless the backend says otherwise. */
export const installedPluginSchema = z.preprocess(
  normalizePluginRecord,
  pluginRecordObject.extend({ isActive: flag.default(true) }),
);
export type InstalledPlugin = z.output<typeof installedPluginSchema>;

const slotSchema = z
  .string()
  .regex(SLOT_PATTERN, 'a slot is an identifier such as "dashboard_top" or "asset_detail"');
const versionSchema = z.string().refine(isSemver, 'a version is semver, e.g. "1.0.0"');

/** Body of `POST /plugins`. `ui` is checked by parseStacDocument (strict) on top of this shape. */
export const pluginCreateSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/)
    .optional(),
  name: z.string().trim().min(1).max(200),
  version: versionSchema,
  description: z.string().max(5000).optional(),
  slot: slotSchema,
  ui: z.record(z.string(), z.unknown()),
  isPublic: z.boolean().optional(),
});
export type PluginCreateBody = z.output<typeof pluginCreateSchema>;

/** Body of `PUT /plugins/:id`: any subset of the create body. */
export const pluginUpdateSchema = pluginCreateSchema.omit({ id: true }).partial();
export type PluginUpdateBody = z.output<typeof pluginUpdateSchema>;

function zodPath(parts: readonly PropertyKey[]): string {
  let path = '';
  for (const part of parts) path = childPath(path, typeof part === 'number' ? part : String(part));
  return path;
}

/** zod issues as StacIssues (`invalid_plugin`), with the JSON path of each field. */
export function zodIssuesToStacIssues(error: z.ZodError, rootPath = ''): StacIssue[] {
  return error.issues.map((issue) => {
    const relative = zodPath(issue.path);
    const path = rootPath === '' ? relative : relative === '' ? rootPath : `${rootPath}.${relative}`;
    return {
      code: 'invalid_plugin',
      severity: 'error',
      path,
      message: `${relative || 'plugin'}: ${issue.message}.`,
    };
  });
}

export type ParsePluginRecordResult =
  | { ok: true; plugin: PluginRecord; issues: StacIssue[] }
  | { ok: false; plugin?: undefined; issues: StacIssue[] };

/**
 * Reads a plugin record as the backend sends it. Tolerant: `ui` wrapped as `{ ui: {...} }`, `icon_url` for
 * the avatar, missing optional fields (defaults filled in). Only `id` and `name` are required.
 */
export function parsePluginRecord(input: unknown): ParsePluginRecordResult {
  const result = pluginSchema.safeParse(input);
  if (result.success) return { ok: true, plugin: result.data, issues: [] };
  return { ok: false, issues: zodIssuesToStacIssues(result.error) };
}
