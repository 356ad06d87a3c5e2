import { validatePluginFile } from '../../src/plugin-host/index';
import {
  checkUrl,
  parseStacDocument,
  pickManifestFields,
  type StacIssue,
  type StoredManifest,
} from '../../src/stac-schema/index';
import { isValidVersion } from './version';

/** Slots are identifiers such as `dashboard_top` and `asset_detail`; hosts may define more. */
export const SLOT_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
export const DEFAULT_SLOT = 'dashboard_top';

export interface PluginValidation {
  ok: boolean;
  issues: StacIssue[];
}

/** Strict validation with the same schema the renderer uses: anything the renderer would flag is refused. */
export function validatePluginUi(ui: unknown): PluginValidation {
  const result = parseStacDocument(ui, { mode: 'strict', rootPath: 'ui' });
  return { ok: result.ok, issues: result.issues };
}

/** What a plugin file (catalog file or a URL's answer) says about itself, with defaults filled in. */
export interface PluginFileContent {
  id?: string;
  name: string;
  description: string;
  version: string;
  author?: string;
  authorAvatar: string | null;
  /** The primary slot: the one slot, or the first (or named) surface of a composite plugin. */
  slot: string;
  /** The primary document: the one `ui`, or the primary surface's document of a composite plugin. */
  ui: unknown;
  /** The manifest fields as the author wrote them (`surfaces`, `permissions`, `settings`, ...). */
  manifest: StoredManifest;
}

/**
 * The record a host reads the manifest from: metadata, one `ui` or the `surfaces`, and the manifest fields.
 * A composite plugin carries no `ui` of its own (its surfaces are the documents).
 */
export function pluginRecordOf(plugin: Omit<PluginFileContent, 'authorAvatar'>): Record<string, unknown> {
  const record: Record<string, unknown> = {
    ...(plugin.id ? { id: plugin.id } : {}),
    name: plugin.name,
    version: plugin.version,
    slot: plugin.slot,
    ...plugin.manifest,
  };
  if (plugin.manifest.surfaces === undefined) record.ui = plugin.ui;
  return record;
}

/**
 * Strict validation of a whole plugin (every surface and the manifest, against this host's version and the
 * access each surface needs against the permissions it declares): what publishing and installing refuse.
 */
export function validatePluginContent(plugin: Omit<PluginFileContent, 'authorAvatar'>): PluginValidation {
  const result = validatePluginFile(pluginRecordOf(plugin), { mode: 'strict' });
  return { ok: result.ok, issues: result.issues };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;

/** The longest avatar URL stored. */
export const MAX_AVATAR_URL_LENGTH = 500;

/**
 * An avatar the one URL policy allows as an image, and over https only: it ends up in an <img> of every
 * user's marketplace, where a relative path or a data: image would be the author's to choose. Returns a
 * reason to show when it is refused.
 */
export function avatarUrlProblem(value: string): string | null {
  const verdict = checkUrl(value, { kind: 'image' });
  if (!verdict.ok) return `${verdict.reason}; use an https URL`;
  if (!verdict.url.startsWith('https://')) return 'use an https URL';
  return value.length > MAX_AVATAR_URL_LENGTH
    ? `use a URL of at most ${MAX_AVATAR_URL_LENGTH} characters`
    : null;
}

const avatarUrl = (value: unknown): string | null =>
  typeof value === 'string' && avatarUrlProblem(value) === null ? value : null;

const warning = (path: string, message: string): StacIssue => ({
  code: 'invalid_plugin',
  severity: 'warning',
  path,
  message,
});

/**
 * Reads a plugin file tolerantly, as the real market's files vary: `version` or `slot` may be missing, `ui`
 * may be wrapped once more (`{ ui: { ui: ... } }`), or the file may be a bare STAC document. Missing
 * metadata becomes a default plus a warning; only a missing `ui` is an error.
 */
export function readPluginFile(
  json: unknown,
  fallbackName: string,
): { plugin?: PluginFileContent; issues: StacIssue[] } {
  if (!isRecord(json)) {
    return {
      issues: [
        {
          code: 'not_an_object',
          severity: 'error',
          path: '',
          message: 'A plugin file must be a JSON object.',
        },
      ],
    };
  }
  const issues: StacIssue[] = [];
  const manifest = pickManifestFields(json);
  const surfaces = isRecord(manifest.surfaces) ? manifest.surfaces : undefined;
  const surfaceSlots = surfaces ? Object.keys(surfaces) : [];
  let ui: unknown = surfaces ? undefined : json.ui;
  if (ui === undefined && !surfaces && typeof json.type === 'string') ui = json;
  if (isRecord(ui) && ui.type === undefined && isRecord(ui.ui)) ui = ui.ui;
  // A composite plugin is listed (and shown by hosts that know one slot per plugin) by its primary surface.
  const primarySlot =
    typeof json.slot === 'string' && surfaceSlots.includes(json.slot) ? json.slot : surfaceSlots[0];
  if (surfaces && primarySlot !== undefined) ui = surfaces[primarySlot];
  if (ui === undefined) {
    return {
      issues: [
        {
          code: 'missing_required',
          severity: 'error',
          path: 'ui',
          message: 'The plugin has no "ui": add the STAC document as "ui" (or several as "surfaces").',
        },
      ],
    };
  }
  let version = text(json.version, 64);
  if (!isValidVersion(version)) {
    issues.push(
      warning(
        'version',
        version ? `"${version}" is not a semver version; 1.0.0 is assumed.` : 'No version; 1.0.0 is assumed.',
      ),
    );
    version = '1.0.0';
  }
  let slot = surfaces ? primarySlot : text(json.slot, 64);
  if (!slot || !SLOT_PATTERN.test(slot)) {
    issues.push(warning('slot', `No valid slot; "${DEFAULT_SLOT}" is assumed.`));
    slot = DEFAULT_SLOT;
  }
  const id = text(json.id, 100);
  return {
    plugin: {
      id: id && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id) ? id : undefined,
      name: text(json.name, 100) ?? fallbackName,
      description: text(json.description, 2000) ?? '',
      version,
      author: text(json.author, 64),
      authorAvatar: avatarUrl(json.authorAvatar),
      slot,
      ui,
      manifest,
    },
    issues,
  };
}
