/**
 * What this host is, for the manifest's `requires.host` ranges and `hostFeature` startup checks. The host
 * version is the version of the plugin host API (manifest fields, scope roots, actions), not of the npm
 * package: it changes when what plugins can rely on changes.
 */
export const HOST_VERSION = '1.0.0';

/** Features a plugin may require with a `hostFeature` startup check. */
export const HOST_FEATURES = ['surfaces', 'permissions', 'settings', 'dependencies', 'inventory'] as const;
export type HostFeature = (typeof HOST_FEATURES)[number];
