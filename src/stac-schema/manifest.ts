/**
 * The plugin manifest: what a plugin declares about itself beyond one `slot` + `ui` (after the DMS manifest
 * reference, MindStore's widgets and Mudstack's runtime): its surfaces, permissions, settings, dependencies on
 * other plugins, the host version it needs, free-form capabilities and startup checks.
 *
 * Every field is optional, so a plugin written before the manifest existed reads exactly as before; the real
 * Invenicum backend ignores fields it does not know. `readPluginManifest` never fails: it returns what could
 * be read and one issue per problem, each with the JSON path of the field, so an editor can point at it.
 */
import type { StacIssue } from './types';
import { childPath, describeValue } from './issues';
import {
  IssueList,
  isRecord,
  readList,
  readText,
  MAX_ENTRIES,
  MAX_TEXT,
  PLUGIN_ID_PATTERN,
} from './manifestReading';
import { readDependencies, readRequires, readStartupChecks } from './requirementReaders';
import type { PluginDependency, StartupCheck } from './manifestRequirements';
import {
  readCommands,
  readJobs,
  readSubscriptions,
  type PluginCommand,
  type PluginJob,
  type PluginSubscription,
} from './jobManifest';
import { SLOT_PATTERN, isSemver, unwrapPluginUi } from './pluginRecord';
import { readMcp, type PluginMcp } from './mcpManifest';

export { PLUGIN_ID_PATTERN, declaresRequirements } from './manifestReading';

/**
 * Permissions a plugin may declare. Data permissions give templates a scope root; the others let actions
 * leave the plugin's own box. `network:<host>` is the family of request permissions, one per host.
 */
export const PERMISSIONS = [
  'asset:read',
  'user:read',
  'inventory:read',
  'navigate:external',
  'clipboard',
] as const;
export type FixedPermission = (typeof PERMISSIONS)[number];
export type PluginPermission = FixedPermission | `network:${string}`;

/** `network:api.example.com`, `network:*.example.com` or `network:localhost:8080`. */
const NETWORK_PERMISSION =
  /^network:(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

export function isPluginPermission(value: unknown): value is PluginPermission {
  if (typeof value !== 'string') return false;
  return (PERMISSIONS as readonly string[]).includes(value) || NETWORK_PERMISSION.test(value);
}

export const SETTING_TYPES = ['string', 'number', 'boolean', 'enum'] as const;
export type SettingType = (typeof SETTING_TYPES)[number];
export const SETTING_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export interface SettingField {
  key: string;
  type: SettingType;
  label: string;
  help?: string;
  default?: string | number | boolean;
  /** Allowed values of an `enum` setting. */
  options?: string[];
  min?: number;
  max?: number;
  required: boolean;
}

export type { PluginDependency, StartupCondition, StartupCheck } from './manifestRequirements';
export { isVersionRange, versionSatisfies, loadRequirementReaders } from './requirementReaders';

export interface PluginSurface {
  slot: string;
  /** The STAC document of this surface, still untrusted (parse it before rendering). */
  ui: unknown;
}

export interface PluginManifest {
  id?: string;
  name?: string;
  version?: string;
  surfaces: PluginSurface[];
  /** True when the plugin gave a `surfaces` map (a composite plugin). */
  composite: boolean;
  /**
   * The declared permissions, or `undefined` when the plugin has no `permissions` field at all: such a
   * plugin predates the manifest and keeps the access it always had (see plugin-host's grants).
   */
  permissions?: PluginPermission[];
  settings: SettingField[];
  dependencies: PluginDependency[];
  /** Range of host versions (plugin-host's HOST_VERSION) the plugin works with. */
  requiresHost?: string;
  capabilities: string[];
  startupChecks: StartupCheck[];
  /** Work the server runs on demand or on a schedule (see jobManifest.ts). */
  jobs: PluginJob[];
  /** Host events the plugin reacts to. */
  subscriptions: PluginSubscription[];
  /** Entries the plugin adds to host menus. */
  commands: PluginCommand[];
  /** Tools and resources offered to AI assistants over MCP (see mcpManifest.ts). */
  mcp: PluginMcp;
}

export interface ReadManifestOptions {
  /** `strict` (publishing) makes the rules errors; `lenient` (rendering, default) keeps going with warnings. */
  mode?: 'lenient' | 'strict';
  /** When given, `requires.host` is checked against it. */
  hostVersion?: string;
}

export interface ReadManifestResult {
  manifest: PluginManifest;
  issues: StacIssue[];
}

function readSurfaces(
  record: Record<string, unknown>,
  issues: IssueList,
): Pick<PluginManifest, 'surfaces' | 'composite'> {
  if (record.surfaces === undefined) {
    const slot = typeof record.slot === 'string' ? record.slot : 'dashboard_top';
    return {
      surfaces: record.ui === undefined ? [] : [{ slot, ui: unwrapPluginUi(record.ui) }],
      composite: false,
    };
  }
  if (!isRecord(record.surfaces)) {
    issues.error(
      'surfaces',
      `"surfaces" must map slot names to STAC documents, e.g. {"dashboard_top": {...}}; got ${describeValue(record.surfaces)}.`,
    );
    return { surfaces: [], composite: true };
  }
  if (record.ui !== undefined) {
    issues.rule(
      'ui',
      'a plugin gives either "slot" + "ui" (one surface) or "surfaces" (several), never both; move "ui" into "surfaces" under its slot.',
    );
  }
  // With "surfaces", "slot" may only name the primary surface (what a host with one slot per plugin shows).
  if (
    record.slot !== undefined &&
    !(typeof record.slot === 'string' && Object.hasOwn(record.surfaces, record.slot))
  ) {
    issues.rule(
      'slot',
      `"slot" names a slot of "surfaces" (the primary one) or is left out; "${String(record.slot)}" is not among them.`,
    );
  }
  const surfaces: PluginSurface[] = [];
  const entries = Object.entries(record.surfaces);
  if (entries.length === 0)
    issues.error('surfaces', '"surfaces" is empty; add at least one slot, e.g. "dashboard_top".');
  for (const [slot, ui] of entries.slice(0, MAX_ENTRIES)) {
    const path = childPath('surfaces', slot);
    if (!SLOT_PATTERN.test(slot)) {
      issues.rule(
        path,
        `"${slot}" is not a slot name; use an identifier such as "dashboard_top" or "asset_detail".`,
      );
      continue;
    }
    if (!isRecord(ui) && typeof ui !== 'string') {
      issues.error(
        path,
        `the surface "${slot}" must be a STAC document (an object with a "type"), got ${describeValue(ui)}.`,
      );
      continue;
    }
    surfaces.push({ slot, ui: unwrapPluginUi(ui) });
  }
  return { surfaces, composite: true };
}

function readPermissions(value: unknown, issues: IssueList): PluginPermission[] | undefined {
  if (value === undefined) return undefined;
  const permissions: PluginPermission[] = [];
  readList(value, 'permissions', issues, 'permissions').forEach((entry, index) => {
    const path = childPath('permissions', index);
    if (!isPluginPermission(entry)) {
      issues.rule(
        path,
        `unknown permission ${describeValue(entry)}; use one of ${PERMISSIONS.join(', ')} or "network:<host>" (e.g. "network:api.example.com").`,
      );
      return;
    }
    if (permissions.includes(entry))
      issues.warning(path, `the permission "${entry}" is listed twice; remove one.`);
    else permissions.push(entry);
  });
  return permissions;
}

function readSettingDefault(
  field: Omit<SettingField, 'default'>,
  value: unknown,
  path: string,
  issues: IssueList,
) {
  if (value === undefined) return undefined;
  const problem = settingValueProblem(field, value);
  if (problem) {
    issues.rule(path, `the default of "${field.key}" ${problem}.`);
    return undefined;
  }
  return value as string | number | boolean;
}

/**
 * Why `value` is not acceptable for `field`, as the end of a sentence ("must be a number"), or undefined.
 * The same rule for the author's defaults, the settings form and the server that stores the values.
 */
export function settingValueProblem(
  field: Omit<SettingField, 'default'>,
  value: unknown,
): string | undefined {
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return `must be text, got ${describeValue(value)}`;
      if (value.length > MAX_TEXT) return `must be at most ${MAX_TEXT} characters`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, got ${describeValue(value)}`;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `must be a number, got ${describeValue(value)}`;
      if (field.min !== undefined && value < field.min) return `must be at least ${field.min}`;
      if (field.max !== undefined && value > field.max) return `must be at most ${field.max}`;
      return undefined;
    case 'enum':
      return typeof value === 'string' && (field.options ?? []).includes(value)
        ? undefined
        : `must be one of ${(field.options ?? []).map((option) => JSON.stringify(option)).join(', ')}, got ${describeValue(value)}`;
  }
}

function readSettings(value: unknown, issues: IssueList): SettingField[] {
  const fields: SettingField[] = [];
  readList(value, 'settings', issues, 'settings').forEach((entry, index) => {
    const path = childPath('settings', index);
    if (!isRecord(entry)) {
      issues.rule(
        path,
        `a setting is an object like {"key": "city", "type": "string", "label": "City"}, got ${describeValue(entry)}.`,
      );
      return;
    }
    const key = entry.key;
    if (typeof key !== 'string' || !SETTING_KEY_PATTERN.test(key)) {
      issues.rule(
        childPath(path, 'key'),
        `a setting "key" is an identifier such as "city" (it is read as <<settings.city>>), got ${describeValue(key)}.`,
      );
      return;
    }
    if (fields.some((field) => field.key === key)) {
      issues.rule(childPath(path, 'key'), `the setting "${key}" is declared twice; keys must be unique.`);
      return;
    }
    const type = entry.type ?? 'string';
    if (!(SETTING_TYPES as readonly unknown[]).includes(type)) {
      issues.rule(
        childPath(path, 'type'),
        `a setting "type" is one of ${SETTING_TYPES.join(', ')}, got ${describeValue(type)}.`,
      );
      return;
    }
    const field: Omit<SettingField, 'default'> & { default?: SettingField['default'] } = {
      key,
      type: type as SettingType,
      label: readText(entry.label, childPath(path, 'label'), issues, 'a setting "label"') ?? key,
      required: entry.required === true,
    };
    const help = readText(entry.help, childPath(path, 'help'), issues, 'a setting "help"');
    if (help) field.help = help;
    if (entry.required !== undefined && typeof entry.required !== 'boolean')
      issues.rule(
        childPath(path, 'required'),
        `"required" is true or false, got ${describeValue(entry.required)}.`,
      );
    if (field.type === 'enum') {
      const options = entry.options;
      if (
        !Array.isArray(options) ||
        options.length === 0 ||
        !options.every((option) => typeof option === 'string')
      ) {
        issues.rule(
          childPath(path, 'options'),
          `an "enum" setting needs "options": a non-empty list of texts, e.g. ["metric", "imperial"].`,
        );
        return;
      }
      field.options = [...new Set(options as string[])];
    } else if (entry.options !== undefined) {
      issues.rule(
        childPath(path, 'options'),
        `"options" only applies to a setting of type "enum"; set "type": "enum" or remove it.`,
      );
    }
    for (const bound of ['min', 'max'] as const) {
      if (entry[bound] === undefined) continue;
      if (field.type !== 'number')
        issues.rule(childPath(path, bound), `"${bound}" only applies to a setting of type "number".`);
      else if (typeof entry[bound] !== 'number' || !Number.isFinite(entry[bound]))
        issues.rule(childPath(path, bound), `"${bound}" must be a number.`);
      else field[bound] = entry[bound] as number;
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      issues.rule(childPath(path, 'max'), `"max" (${field.max}) is below "min" (${field.min}).`);
      delete field.max;
    }
    const fallback = readSettingDefault(field, entry.default, childPath(path, 'default'), issues);
    if (fallback !== undefined) field.default = fallback;
    fields.push(field);
  });
  return fields;
}

function readCapabilities(value: unknown, issues: IssueList): string[] {
  const capabilities: string[] = [];
  readList(value, 'capabilities', issues, 'capabilities').forEach((entry, index) => {
    if (typeof entry !== 'string' || entry.trim() === '' || entry.length > 64) {
      issues.rule(
        childPath('capabilities', index),
        `a capability is a short free-form text such as "inventory-summary", got ${describeValue(entry)}.`,
      );
      return;
    }
    if (!capabilities.includes(entry)) capabilities.push(entry);
  });
  return capabilities;
}

/**
 * What hosting a plugin in a page needs of its manifest: surfaces, permissions, settings, dependencies, the
 * host version, capabilities and startup checks. Jobs, subscriptions, commands and MCP are the server's and
 * the marketplace's (readPluginManifest), so a page that only shows plugins (the embed) never ships their
 * readers.
 */
export type HostingManifest = Omit<PluginManifest, 'jobs' | 'subscriptions' | 'commands' | 'mcp'>;

function readHostingFields(
  record: Record<string, unknown>,
  options: ReadManifestOptions,
  issues: IssueList,
): HostingManifest {
  const manifest: HostingManifest = {
    ...readSurfaces(record, issues),
    settings: [],
    dependencies: [],
    capabilities: [],
    startupChecks: [],
  };
  if (record.id !== undefined) {
    const id = typeof record.id === 'number' ? String(record.id) : record.id;
    if (typeof id === 'string' && PLUGIN_ID_PATTERN.test(id)) manifest.id = id;
    else
      issues.rule(
        'id',
        `"id" is letters, digits, "_", "." or "-", starting with a letter or digit (e.g. "stock-pulse"), got ${describeValue(record.id)}.`,
      );
  }
  if (typeof record.name === 'string') manifest.name = record.name;
  if (isSemver(record.version)) manifest.version = record.version;
  manifest.permissions = readPermissions(record.permissions, issues);
  manifest.settings = readSettings(record.settings, issues);
  manifest.dependencies = readDependencies(record.dependencies, manifest.id, issues);
  const requiresHost = readRequires(record.requires, options.hostVersion, issues);
  if (requiresHost) manifest.requiresHost = requiresHost;
  manifest.capabilities = readCapabilities(record.capabilities, issues);
  manifest.startupChecks = readStartupChecks(record.startupChecks, manifest, issues);
  return manifest;
}

/**
 * The hosting part of a plugin record's manifest (see HostingManifest), with the same issues as
 * readPluginManifest gives for those fields.
 */
export function readHostingManifest(
  input: unknown,
  options: ReadManifestOptions = {},
): { manifest: HostingManifest; issues: StacIssue[] } {
  const issues = new IssueList(options.mode === 'strict' ? 'error' : 'warning');
  const manifest = readHostingFields(isRecord(input) ? input : {}, options, issues);
  return { manifest, issues: issues.items };
}

/** A plugin record's surfaces (each slot with its document), read without the rest of its manifest. */
export function surfacesOf(input: unknown): PluginSurface[] {
  return readSurfaces(isRecord(input) ? input : {}, new IssueList('warning')).surfaces;
}

/**
 * Reads the manifest fields of a plugin record (a plugin file, a catalog entry or an install). Tolerant of
 * records without any manifest field: they read as one surface with no declared permissions.
 */
export function readPluginManifest(input: unknown, options: ReadManifestOptions = {}): ReadManifestResult {
  const issues = new IssueList(options.mode === 'strict' ? 'error' : 'warning');
  const record = isRecord(input) ? input : {};
  const hosting = readHostingFields(record, options, issues);
  const jobs = readJobs(record.jobs, issues);
  const manifest: PluginManifest = {
    ...hosting,
    jobs,
    subscriptions: readSubscriptions(record.subscriptions, issues),
    commands: readCommands(record.commands, issues),
    mcp: readMcp(
      record.mcp,
      { jobIds: new Set(jobs.map((job) => job.id)), permissions: hosting.permissions },
      issues,
    ),
  };
  return { manifest, issues: issues.items };
}
