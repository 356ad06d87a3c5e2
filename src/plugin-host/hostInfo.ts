/**
 * What this host is, for the manifest's `requires.host` ranges and `hostFeature` startup checks. The host
 * version is the version of the plugin host API (manifest fields, scope roots, actions), not of the npm
 * package: it changes when what plugins can rely on changes.
 */
export const HOST_VERSION = '1.0.0';

/** Features a plugin may require with a `hostFeature` startup check. */
export const HOST_FEATURES = ['surfaces', 'permissions', 'settings', 'dependencies', 'inventory'] as const;
export type HostFeature = (typeof HOST_FEATURES)[number];

/**
 * Host methods only the server has: they read the user's whole inventory, so they run in jobs, server-side
 * event actions, server commands and assistants' tools, never in a page (server/jobs/inventoryMethods.ts
 * defines them; a test keeps the two lists equal).
 */
export const SERVER_HOST_METHODS = ['lowStockReport', 'inventoryValueSummary', 'staleItemsReport'] as const;
