/**
 * The plugin record of the Invenicum Plugin API (seeds/invenicum-plugin-api.txt) as the backend sends it,
 * read without zod: tolerant of what the real backend sends (missing optional fields, `null`s, numeric ids,
 * flags as "true"/1, `icon_url`, `ui` wrapped as `{ ui: {...} }` or sent as JSON text). The one definition of
 * a plugin record: the app's zod schemas (./plugin) wrap these readers, and the embed reads its installed
 * list with them alone.
 */
import type { StacIssue } from './types';
import { childPath } from './issues';
import { parseJsonText } from './jsonText';
import { isRecord } from './manifestReading';
import {
  optional,
  readAnything,
  readCount,
  readFields,
  readFlag,
  readId,
  readString,
  withDefault,
  type FieldReaders,
  type ReadIssue,
  type ReadResult,
} from './valueReaders';

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
  for (const key of Object.keys(input))
    if (input[key] !== null && key !== '__proto__') record[key] = input[key];
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

/** The full plugin record (Plugin Model of the API docs); a backend's other fields are kept. */
export interface PluginRecord {
  id: string;
  name: string;
  author: string;
  version: string;
  description: string;
  slot: string;
  /** The STAC document, still untrusted: validate it with parseStacDocument before rendering. */
  ui?: unknown;
  authorAvatar?: string;
  iconUrl?: string;
  downloadCount: number;
  hasUpdate: boolean;
  latestVersion?: string;
  isMine: boolean;
  isActive?: boolean;
  isPublic: boolean;
  isOfficial: boolean;
  download_url?: string;
  createdAt?: string;
  updatedAt?: string;
  [key: string]: unknown;
}

/** An item of `GET /plugins/community`. */
export type CommunityPlugin = PluginRecord;

/** An item of `GET /plugins/installed`: active unless the backend says otherwise. */
export interface InstalledPlugin extends PluginRecord {
  isActive: boolean;
}

const RECORD_FIELDS: FieldReaders = {
  id: readId,
  name: readString,
  author: withDefault(readString, ''),
  version: withDefault(readString, '0.0.0'),
  description: withDefault(readString, ''),
  slot: withDefault(readString, 'dashboard_top'),
  ui: readAnything,
  authorAvatar: optional(readString),
  iconUrl: optional(readString),
  downloadCount: withDefault(readCount, 0),
  hasUpdate: withDefault(readFlag, false),
  latestVersion: optional(readString),
  isMine: withDefault(readFlag, false),
  isActive: optional(readFlag),
  isPublic: withDefault(readFlag, true),
  isOfficial: withDefault(readFlag, false),
  download_url: optional(readString),
  createdAt: optional(readString),
  updatedAt: optional(readString),
};

const INSTALLED_FIELDS: FieldReaders = { ...RECORD_FIELDS, isActive: withDefault(readFlag, true) };

/** Reads a plugin record as the backend sends it (the community list's items are these too). */
export function readPluginRecord(input: unknown): ReadResult<PluginRecord> {
  return readFields(normalizePluginRecord(input), RECORD_FIELDS, true) as ReadResult<PluginRecord>;
}

/** Reads an item of the installed list: a plugin record, active unless the backend says otherwise. */
export function readInstalledPluginRecord(input: unknown): ReadResult<InstalledPlugin> {
  return readFields(normalizePluginRecord(input), INSTALLED_FIELDS, true) as ReadResult<InstalledPlugin>;
}

/** Issues of a plugin record as StacIssues (`invalid_plugin`), with the JSON path of each field. */
export function pluginIssuesToStacIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  rootPath = '',
): StacIssue[] {
  return issues.map((issue) => {
    let relative = '';
    for (const part of issue.path) {
      relative = childPath(relative, typeof part === 'number' ? part : String(part));
    }
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
  const result = readPluginRecord(input);
  if (result.ok) return { ok: true, plugin: result.value, issues: [] };
  return { ok: false, issues: pluginIssuesToStacIssues(result.issues satisfies ReadIssue[]) };
}
