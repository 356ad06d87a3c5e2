import semver from 'semver';

/** Strict semver (`1.2.3`, `1.2.3-beta.1`); a leading `v` or a partial version is not accepted. */
export function isValidVersion(version: unknown): version is string {
  return typeof version === 'string' && version.length <= 64 && semver.valid(version) === version;
}

/** True when `candidate` is a newer version than `current`. Unparseable versions never compare as newer,
 *  so bad data in the catalog shows "no update" instead of failing the request. */
export function isNewerVersion(candidate: string, current: string): boolean {
  if (!isValidVersion(candidate) || !isValidVersion(current)) return false;
  return semver.gt(candidate, current);
}
