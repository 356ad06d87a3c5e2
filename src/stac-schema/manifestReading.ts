/**
 * Shared pieces of reading a plugin manifest: the issue list with one severity for the whole read, and the
 * tolerant readers of texts and lists every manifest field uses. Kept apart so that each field family
 * (surfaces and permissions in manifest.ts, dependencies and startup checks in manifestRequirements.ts,
 * jobs/events/commands in jobManifest.ts) reads the same way.
 */
import type { StacIssue, StacIssueSeverity } from './types';
import { describeValue } from './issues';
import { isRecord } from './isRecord';

export { isRecord };

/** Plugin ids: a letter or digit, then letters, digits, `_`, `.` or `-` (reverse-DNS ids fit). */
export const PLUGIN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export const MAX_ENTRIES = 64;
export const MAX_TEXT = 2000;

/**
 * Whether a plugin record declares what its hosting must check first: other plugins (`dependencies`), a host
 * version (`requires`) or `startupChecks`. The embed loads their readers only for a list where one does.
 */
export function declaresRequirements(record: unknown): boolean {
  return (
    isRecord(record) &&
    (record.dependencies !== undefined || record.requires !== undefined || record.startupChecks !== undefined)
  );
}

/** Collects issues with one severity for the whole read (strict publishing turns rules into errors). */
export class IssueList {
  readonly items: StacIssue[] = [];
  constructor(private readonly ruleSeverity: StacIssueSeverity) {}
  /** A rule of the manifest: an error when publishing, a warning when rendering. */
  rule(path: string, message: string, hint?: string): void {
    this.items.push({
      code: 'invalid_plugin',
      severity: this.ruleSeverity,
      path,
      message,
      ...(hint ? { hint } : {}),
    });
  }
  /** Something that blocks rendering whatever the mode. */
  error(path: string, message: string): void {
    this.items.push({ code: 'invalid_plugin', severity: 'error', path, message });
  }
  warning(path: string, message: string): void {
    this.items.push({ code: 'invalid_plugin', severity: 'warning', path, message });
  }
}

export function readText(
  value: unknown,
  path: string,
  issues: IssueList,
  what: string,
  max = MAX_TEXT,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    issues.rule(
      path,
      `${what} must be a non-empty text of at most ${max} characters, got ${describeValue(value)}.`,
    );
    return undefined;
  }
  return value;
}

export function readList(value: unknown, path: string, issues: IssueList, what: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.rule(path, `"${what}" must be a list, got ${describeValue(value)}.`);
    return [];
  }
  if (value.length > MAX_ENTRIES) {
    issues.rule(path, `"${what}" may have at most ${MAX_ENTRIES} entries; it has ${value.length}.`);
    return value.slice(0, MAX_ENTRIES);
  }
  return value;
}
