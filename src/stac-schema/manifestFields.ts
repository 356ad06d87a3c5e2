/**
 * Which top-level fields of a plugin file are its manifest (beyond the listing metadata and the one-surface
 * `ui`): what a server stores with each version and an install keeps in its snapshot, so a host sees exactly
 * what the author declared. The job fields are read by the job runner; they are stored here so that one
 * stored manifest serves every reader.
 */
import { isRecord } from './isRecord';
export const STORED_MANIFEST_FIELDS = [
  'surfaces',
  'permissions',
  'settings',
  'dependencies',
  'requires',
  'capabilities',
  'startupChecks',
  'jobs',
  'subscriptions',
  'commands',
  'mcp',
] as const;
export type StoredManifestField = (typeof STORED_MANIFEST_FIELDS)[number];

export type StoredManifest = Partial<Record<StoredManifestField, unknown>>;

/**
 * The manifest fields a record gives, as plain data (absent and `null` fields left out). A record that is not
 * an object has none; values are not validated here (readPluginManifest does that, with paths).
 */
export function pickManifestFields(record: unknown): StoredManifest {
  const picked: StoredManifest = {};
  if (!isRecord(record)) return picked;
  for (const field of STORED_MANIFEST_FIELDS) {
    if (Object.hasOwn(record, field) && record[field] !== undefined && record[field] !== null)
      picked[field] = record[field];
  }
  return picked;
}
