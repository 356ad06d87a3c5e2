/**
 * The plugin model of the Invenicum Plugin API (seeds/invenicum-plugin-api.txt): the full record, the
 * community and installed list items, and the create/update bodies. Response schemas are tolerant of
 * what the real backend sends (missing optional fields, `null`s, numeric ids, `icon_url`, `ui` wrapped as
 * `{ ui: {...} }`); request bodies are strict, because we author them.
 */
import { z } from 'zod/mini';
import type { StacIssue } from './types';
import { childPath } from './issues';
import { parseJsonText } from './jsonText';

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

const pluginId = z.pipe(z.union([z.string().check(z.minLength(1)), z.number()]), z.transform(String));
const count = z.union([z.number(), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]);
const flag = z.union([
  z.boolean(),
  z.pipe(
    z.enum(['true', 'false']),
    z.transform((v) => v === 'true'),
  ),
  z.pipe(
    z.literal(0),
    z.transform(() => false),
  ),
  z.pipe(
    z.literal(1),
    z.transform(() => true),
  ),
]);

const pluginRecordObject = z.looseObject({
  id: pluginId,
  name: z.string(),
  author: z._default(z.string(), ''),
  version: z._default(z.string(), '0.0.0'),
  description: z._default(z.string(), ''),
  slot: z._default(z.string(), 'dashboard_top'),
  /** The STAC document, still untrusted: validate it with parseStacDocument before rendering. */
  ui: z.optional(z.unknown()),
  authorAvatar: z.optional(z.string()),
  iconUrl: z.optional(z.string()),
  downloadCount: z._default(count, 0),
  hasUpdate: z._default(flag, false),
  latestVersion: z.optional(z.string()),
  isMine: z._default(flag, false),
  isActive: z.optional(flag),
  isPublic: z._default(flag, true),
  isOfficial: z._default(flag, false),
  download_url: z.optional(z.string()),
  createdAt: z.optional(z.string()),
  updatedAt: z.optional(z.string()),
});

/** The full plugin record (Plugin Model of the API docs). */
export const pluginSchema = z.pipe(z.transform(normalizePluginRecord), pluginRecordObject);
export type PluginRecord = z.output<typeof pluginSchema>;

/** An item of `GET /plugins/community`. */
export const communityPluginSchema = z.pipe(z.transform(normalizePluginRecord), pluginRecordObject);
export type CommunityPlugin = z.output<typeof communityPluginSchema>;

/** An item of `GET /plugins/installed`: active unless the backend says otherwise. */
export const installedPluginSchema = z.pipe(
  z.transform(normalizePluginRecord),
  z.extend(pluginRecordObject, { isActive: z._default(flag, true) }),
);
export type InstalledPlugin = z.output<typeof installedPluginSchema>;

const slotSchema = z
  .string()
  .check(z.regex(SLOT_PATTERN, 'a slot is an identifier such as "dashboard_top" or "asset_detail"'));
const versionSchema = z.string().check(z.refine(isSemver, 'a version is semver, e.g. "1.0.0"'));

/** Body of `POST /plugins`. `ui` is checked by parseStacDocument (strict) on top of this shape. */
export const pluginCreateSchema = z.object({
  id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/))),
  name: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200)),
  version: versionSchema,
  description: z.optional(z.string().check(z.maxLength(5000))),
  slot: slotSchema,
  ui: z.record(z.string(), z.unknown()),
  isPublic: z.optional(z.boolean()),
});
export type PluginCreateBody = z.output<typeof pluginCreateSchema>;

/** Body of `PUT /plugins/:id`: any subset of the create body. */
export const pluginUpdateSchema = z.partial(z.omit(pluginCreateSchema, { id: true }));
export type PluginUpdateBody = z.output<typeof pluginUpdateSchema>;

function zodPath(parts: readonly PropertyKey[]): string {
  let path = '';
  for (const part of parts) path = childPath(path, typeof part === 'number' ? part : String(part));
  return path;
}

/** zod issues as StacIssues (`invalid_plugin`), with the JSON path of each field. */
export function zodIssuesToStacIssues(error: z.core.$ZodError, rootPath = ''): StacIssue[] {
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
