/**
 * What a plugin is granted, from the permissions its manifest declares, and the rules that apply them: which
 * scope roots its templates may read, which hosts it may request, whether it may open pages outside the app.
 *
 * A plugin without a `permissions` field predates the manifest: it keeps exactly the access plugins always
 * had (the asset and the user, any request or navigation the URL policy allows), so every plugin that rendered
 * before renders the same. Data that is new with the manifest (`inventory`) is never given without asking.
 */
import {
  PERMISSIONS,
  type FixedPermission,
  type PluginManifest,
  type PluginPermission,
} from '../stac-schema';

export interface PermissionInfo {
  permission: string;
  /** What the user is asked to allow, e.g. "Read the asset you are looking at". */
  title: string;
}

const FIXED_TITLES: Record<FixedPermission, string> = {
  'asset:read': 'Read the asset you are looking at (name, stock, value, ...)',
  'user:read': 'Read your name and user name',
  'inventory:read': 'Read a summary of your inventory (counts, low stock, total value, recent changes)',
  'navigate:external': 'Open web pages outside this app',
  clipboard: 'Copy text to your clipboard',
};

/** Scope roots that hold the user's data, and the permission that opens each. */
const DATA_ROOTS: Readonly<Record<string, FixedPermission>> = {
  asset: 'asset:read',
  assets: 'asset:read',
  user: 'user:read',
  // Invenicum's own convention for the user's name (hostScope).
  userName: 'user:read',
  inventory: 'inventory:read',
};

/** What a plugin that declares no permissions keeps (the access of plugins before the manifest). */
const LEGACY_DATA_ROOTS = new Set(['asset', 'assets', 'user', 'userName']);

export function describePermission(permission: string): PermissionInfo {
  if (permission.startsWith('network:')) {
    return { permission, title: `Send requests to ${permission.slice('network:'.length)}` };
  }
  const title = (FIXED_TITLES as Record<string, string>)[permission];
  return { permission, title: title ?? `Unknown permission “${permission}”` };
}

/** The permission that opens a scope root, or undefined for roots every plugin reads (plugin, slot, settings). */
export function permissionForScopeRoot(root: string): FixedPermission | undefined {
  return Object.hasOwn(DATA_ROOTS, root) ? DATA_ROOTS[root] : undefined;
}

export interface PluginGrants {
  /** False for a plugin without a `permissions` field (legacy access). */
  readonly declared: boolean;
  readonly permissions: readonly PluginPermission[];
  mayReadScopeRoot(root: string): boolean;
  /** `host` as in `URL.host` (with the port when there is one). */
  mayRequestHost(host: string): boolean;
  readonly mayNavigateExternal: boolean;
  /** Only with `clipboard`, also for plugins without `permissions`: no plugin could write it before. */
  readonly mayWriteClipboard: boolean;
}

function hostMatches(pattern: string, host: string): boolean {
  const wanted = pattern.toLowerCase();
  const actual = host.toLowerCase();
  if (wanted.startsWith('*.')) return actual.endsWith(wanted.slice(1)) && actual.length > wanted.length - 1;
  return actual === wanted;
}

export function grantsFor(manifest: Pick<PluginManifest, 'permissions'>): PluginGrants {
  const declared = manifest.permissions !== undefined;
  const permissions = manifest.permissions ?? [];
  const networkHosts = permissions
    .filter((p) => p.startsWith('network:'))
    .map((p) => p.slice('network:'.length));
  return {
    declared,
    permissions,
    mayReadScopeRoot(root) {
      const needed = permissionForScopeRoot(root);
      if (needed === undefined) return true;
      return declared ? permissions.includes(needed) : LEGACY_DATA_ROOTS.has(root);
    },
    mayRequestHost(host) {
      return !declared || networkHosts.some((pattern) => hostMatches(pattern, host));
    },
    mayNavigateExternal: !declared || permissions.includes('navigate:external'),
    mayWriteClipboard: permissions.includes('clipboard'),
  };
}

/** Gated scope roots this plugin may not read, each with the permission that would open it. */
export function withheldScopeRoots(grants: PluginGrants): Record<string, FixedPermission> {
  const withheld: Record<string, FixedPermission> = {};
  for (const [root, permission] of Object.entries(DATA_ROOTS)) {
    if (!grants.mayReadScopeRoot(root)) withheld[root] = permission;
  }
  return withheld;
}

/** The scope without the roots the plugin was not granted: what it does not declare, it never receives. */
export function grantedScope<T extends Record<string, unknown>>(scope: T, grants: PluginGrants): Partial<T> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(scope)) if (grants.mayReadScopeRoot(key)) result[key] = scope[key];
  return result as Partial<T>;
}

/** What a plugin without a `permissions` field always could: reading the asset and the user, any request
 *  and page the URL policy allows. Declaring it later gives it nothing new. */
function coveredByLegacyAccess(permission: string): boolean {
  return (
    permission === 'asset:read' ||
    permission === 'user:read' ||
    permission === 'navigate:external' ||
    permission.startsWith('network:')
  );
}

/**
 * Permissions `next` declares that `previous` did not: what an update must ask consent for again. A
 * `previous` of undefined is a version without a `permissions` field, which had the legacy access.
 */
export function addedPermissions(
  previous: readonly string[] | undefined,
  next: readonly string[] | undefined,
): string[] {
  const before = new Set(previous ?? []);
  return (next ?? []).filter(
    (permission) => !before.has(permission) && !(previous === undefined && coveredByLegacyAccess(permission)),
  );
}

export { PERMISSIONS };

/** Declared permissions the user has not accepted (an empty list: nothing to ask). */
export function unconsented(declared: readonly string[] | undefined, accepted: readonly string[]): string[] {
  return (declared ?? []).filter((permission) => !accepted.includes(permission));
}
