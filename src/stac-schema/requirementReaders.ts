/**
 * How manifest.ts (and plugin-host, through the index) reach a manifest's requirements: dependencies,
 * `requires.host`, startup checks and version ranges. Here they are present from the start (the app, the
 * server, the CLI); the embed's build puts requirementReaders.lazy.ts in this module's place
 * (vite.embed.config.ts), where they are a chunk fetched only for an installed list that declares any of them.
 */
export {
  isVersionRange,
  readDependencies,
  readRequires,
  readStartupChecks,
  versionSatisfies,
} from './manifestRequirements';

/**
 * Loads the requirement readers if a plugin record of `records` declares `dependencies`, `requires` or
 * `startupChecks`: null when nothing is to wait for (always, here), else a promise that settles when they are
 * there, rejected when their chunk could not be loaded (calling again tries again).
 */
export function loadRequirementReaders(records: readonly unknown[]): Promise<void> | null {
  void records;
  return null;
}
