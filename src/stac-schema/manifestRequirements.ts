/**
 * What a manifest requires before its plugin may run: other plugins (`dependencies`, with semver ranges), a
 * host version (`requires.host`) and startup checks, with the version-range reader they use. Their own module so
 * that the embed fetches them only for an installed list that declares any of them (requirementReaders.lazy.ts);
 * manifest.ts reads them through requirementReaders.ts, with the same issues as before.
 */
import { childPath, describeValue } from './issues';
import { isValidRange, rangeIncludes } from './versionRange';
import { IssueList, isRecord, readList, readText, PLUGIN_ID_PATTERN } from './manifestReading';
import { isSemver } from './pluginRecord';

export interface PluginDependency {
  id: string;
  /** A semver range the installed dependency must satisfy; `*` when the author did not say. */
  range: string;
  optional: boolean;
}

export type StartupCondition =
  | { kind: 'hostVersion'; range: string }
  | { kind: 'setting'; key: string }
  | { kind: 'dependency'; id: string }
  | { kind: 'hostFeature'; feature: string };

export interface StartupCheck {
  condition: StartupCondition;
  /** Shown when the check blocks activation; a default names the condition. */
  title: string;
  details?: string;
}

export function isVersionRange(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 256 && isValidRange(value);
}

/** Whether `version` satisfies `range` (pre-releases included, as an author who names one means it). */
export function versionSatisfies(version: string, range: string): boolean {
  if (!isSemver(version) || !isVersionRange(range)) return false;
  return rangeIncludes(range, version);
}

function defaultCheckTitle(condition: StartupCondition): string {
  switch (condition.kind) {
    case 'hostVersion':
      return `This plugin needs host version ${condition.range}`;
    case 'setting':
      return `Set “${condition.key}” in the plugin's settings`;
    case 'dependency':
      return `This plugin needs the plugin “${condition.id}” switched on`;
    case 'hostFeature':
      return `This app does not offer “${condition.feature}”`;
  }
}

export function readDependencies(
  value: unknown,
  ownId: string | undefined,
  issues: IssueList,
): PluginDependency[] {
  const dependencies: PluginDependency[] = [];
  readList(value, 'dependencies', issues, 'dependencies').forEach((entry, index) => {
    const path = childPath('dependencies', index);
    // `"other-plugin"` is shorthand for a required dependency on any version.
    const record = typeof entry === 'string' ? { id: entry } : entry;
    if (!isRecord(record)) {
      issues.rule(
        path,
        `a dependency is {"id": "other-plugin", "version": "^1.0.0", "optional": false} or just its id, got ${describeValue(entry)}.`,
      );
      return;
    }
    const id = record.id;
    if (typeof id !== 'string' || !PLUGIN_ID_PATTERN.test(id)) {
      issues.rule(
        childPath(path, 'id'),
        `a dependency "id" is a plugin id such as "stock-pulse", got ${describeValue(id)}.`,
      );
      return;
    }
    if (id === ownId) {
      issues.rule(childPath(path, 'id'), 'a plugin cannot depend on itself; remove this dependency.');
      return;
    }
    if (dependencies.some((dependency) => dependency.id === id)) {
      issues.rule(childPath(path, 'id'), `"${id}" is listed twice in "dependencies"; keep one.`);
      return;
    }
    const range = record.version ?? '*';
    if (!isVersionRange(range)) {
      issues.rule(
        childPath(path, 'version'),
        `a dependency "version" is a semver range such as "^1.2.0" or ">=1.0.0 <3", got ${describeValue(range)}.`,
      );
      return;
    }
    if (record.optional !== undefined && typeof record.optional !== 'boolean')
      issues.rule(
        childPath(path, 'optional'),
        `"optional" is true or false, got ${describeValue(record.optional)}.`,
      );
    dependencies.push({ id, range, optional: record.optional === true });
  });
  return dependencies;
}

function readCondition(
  entry: Record<string, unknown>,
  path: string,
  issues: IssueList,
): StartupCondition | undefined {
  const kinds = ['hostVersion', 'setting', 'dependency', 'hostFeature'] as const;
  const given = kinds.filter((kind) => entry[kind] !== undefined);
  if (given.length !== 1) {
    issues.rule(
      path,
      `a startup check names exactly one condition: ${kinds.map((kind) => `"${kind}"`).join(', ')}; it names ${given.length === 0 ? 'none' : given.join(' and ')}.`,
    );
    return undefined;
  }
  const kind = given[0];
  const value = entry[kind];
  const at = childPath(path, kind);
  switch (kind) {
    case 'hostVersion':
      if (!isVersionRange(value)) {
        issues.rule(at, `"hostVersion" is a semver range such as ">=1.2.0", got ${describeValue(value)}.`);
        return undefined;
      }
      return { kind, range: value };
    case 'setting':
    case 'dependency':
    case 'hostFeature':
      if (typeof value !== 'string' || value === '') {
        issues.rule(
          at,
          `"${kind}" names a ${kind === 'setting' ? 'setting key' : kind === 'dependency' ? 'plugin id' : 'host feature'}, got ${describeValue(value)}.`,
        );
        return undefined;
      }
      if (kind === 'setting') return { kind, key: value };
      if (kind === 'dependency') return { kind, id: value };
      return { kind, feature: value };
  }
}

export function readStartupChecks(
  value: unknown,
  manifest: { settings: readonly { key: string }[]; dependencies: readonly PluginDependency[] },
  issues: IssueList,
): StartupCheck[] {
  const checks: StartupCheck[] = [];
  readList(value, 'startupChecks', issues, 'startupChecks').forEach((entry, index) => {
    const path = childPath('startupChecks', index);
    if (!isRecord(entry)) {
      issues.rule(
        path,
        `a startup check is an object such as {"setting": "apiKey", "title": "Add your API key"}, got ${describeValue(entry)}.`,
      );
      return;
    }
    const condition = readCondition(entry, path, issues);
    if (!condition) return;
    // Conditional rules: a check may only name what the manifest declares.
    if (condition.kind === 'setting' && !manifest.settings.some((field) => field.key === condition.key)) {
      issues.rule(
        childPath(path, 'setting'),
        `the check names the setting "${condition.key}", which "settings" does not declare; declare it or fix the key.`,
      );
      return;
    }
    if (
      condition.kind === 'dependency' &&
      !manifest.dependencies.some((dependency) => dependency.id === condition.id)
    ) {
      issues.rule(
        childPath(path, 'dependency'),
        `the check names the plugin "${condition.id}", which "dependencies" does not list; add it there.`,
      );
      return;
    }
    const title =
      readText(entry.title, childPath(path, 'title'), issues, 'a check "title"') ??
      defaultCheckTitle(condition);
    const details = readText(entry.details, childPath(path, 'details'), issues, 'a check "details"');
    checks.push(details ? { condition, title, details } : { condition, title });
  });
  return checks;
}

export function readRequires(
  value: unknown,
  hostVersion: string | undefined,
  issues: IssueList,
): string | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    issues.rule(
      'requires',
      `"requires" is an object such as {"host": ">=1.0.0"}, got ${describeValue(value)}.`,
    );
    return undefined;
  }
  if (value.host === undefined) return undefined;
  if (!isVersionRange(value.host)) {
    issues.rule(
      'requires.host',
      `"requires.host" is a semver range of host versions such as ">=1.0.0", got ${describeValue(value.host)}.`,
    );
    return undefined;
  }
  if (hostVersion !== undefined && !versionSatisfies(hostVersion, value.host)) {
    issues.rule(
      'requires.host',
      `this plugin needs host version ${value.host}, but this host is ${hostVersion}.`,
      'lower the range if the plugin works with this host',
    );
  }
  return value.host;
}
