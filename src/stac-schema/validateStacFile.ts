/**
 * Validates whatever a STAC JSON file holds: a whole plugin record (`{ id, name, ..., ui }`), a bare
 * document (`{ "type": ... }`), a list of documents (the Stac gallery's home screen), or a Stac theme.
 * The CLI and the corpus tests use it; apps that know what they hold call parseStacDocument directly.
 */
import type { ParseStacOptions, StacIssue, StacNode } from './types';
import { isStacThemeDocument, parseStacDocument, parseStacTheme } from './parseStacDocument';
import { SLOT_PATTERN, isSemver } from './pluginRecord';
import { readPluginManifest } from './manifest';
import { childPath } from './issues';
import { isRecord } from './isRecord';

export type StacFileKind = 'plugin' | 'document' | 'documents' | 'theme';

export interface StacFileValidation {
  kind: StacFileKind;
  /** False when any issue is an error (strict) or the file cannot be rendered at all (lenient). */
  ok: boolean;
  issues: StacIssue[];
  /** The validated tree(s), when they could be built. */
  documents: StacNode[];
}

/** Root path of a bare document (JSONPath's `$`); a plugin's document sits under `ui`. */
export const BARE_ROOT_PATH = '$';

function pluginFieldIssues(record: Record<string, unknown>, strict: boolean): StacIssue[] {
  const issues: StacIssue[] = [];
  const severity = strict ? 'error' : 'warning';
  if (typeof record.name !== 'string' || record.name.trim() === '') {
    issues.push({
      code: 'invalid_plugin',
      severity,
      path: 'name',
      message: 'the plugin needs a "name" to show in the market; add one.',
    });
  }
  if (record.version === undefined) {
    issues.push({
      code: 'invalid_plugin',
      severity,
      path: 'version',
      message: 'the plugin has no "version"; add a semver version such as "1.0.0".',
    });
  } else if (!isSemver(record.version)) {
    issues.push({
      code: 'invalid_plugin',
      severity,
      path: 'version',
      message: `"version" must be semver such as "1.0.0", got ${JSON.stringify(record.version)}.`,
    });
  }
  if (record.slot === undefined && record.surfaces === undefined) {
    issues.push({
      code: 'invalid_plugin',
      severity,
      path: 'slot',
      message:
        'the plugin has no "slot"; add one such as "dashboard_top" or "asset_detail" (or give "surfaces").',
    });
  } else if (
    record.surfaces === undefined &&
    (typeof record.slot !== 'string' || !SLOT_PATTERN.test(record.slot))
  ) {
    issues.push({
      code: 'invalid_plugin',
      severity,
      path: 'slot',
      message: `"slot" must be an identifier such as "dashboard_top", got ${JSON.stringify(record.slot)}.`,
    });
  }
  return issues;
}

export interface ValidateStacFileOptions extends ParseStacOptions {
  /** The host's version, to check a plugin's `requires.host` against. */
  hostVersion?: string;
}

export function validateStacFile(json: unknown, options: ValidateStacFileOptions = {}): StacFileValidation {
  const strict = options.mode === 'strict';
  if (Array.isArray(json)) {
    const issues: StacIssue[] = [];
    const documents: StacNode[] = [];
    let ok = true;
    json.forEach((item, index) => {
      const result = parseStacDocument(item, { ...options, rootPath: childPath(BARE_ROOT_PATH, index) });
      issues.push(...result.issues);
      if (result.ok) documents.push(result.document);
      else ok = false;
    });
    return { kind: 'documents', ok, issues, documents };
  }
  if (isStacThemeDocument(json)) {
    const result = parseStacTheme(json, { ...options, rootPath: BARE_ROOT_PATH });
    return { kind: 'theme', ok: result.ok, issues: result.issues, documents: [] };
  }
  if (
    isRecord(json) &&
    json.type === undefined &&
    (json.ui !== undefined || json.surfaces !== undefined || typeof json.name === 'string')
  ) {
    const issues = pluginFieldIssues(json, strict);
    const { manifest, issues: manifestIssues } = readPluginManifest(json, {
      mode: strict ? 'strict' : 'lenient',
      hostVersion: options.hostVersion,
    });
    issues.push(...manifestIssues);
    if (manifest.surfaces.length === 0) {
      if (json.surfaces === undefined) {
        issues.push({
          code: 'missing_required',
          severity: 'error',
          path: 'ui',
          message: 'the plugin has no "ui"; add its STAC document as "ui" (or several as "surfaces").',
        });
      }
      return { kind: 'plugin', ok: false, issues, documents: [] };
    }
    const documents: StacNode[] = [];
    let ok = true;
    for (const surface of manifest.surfaces) {
      const rootPath = manifest.composite ? childPath('surfaces', surface.slot) : 'ui';
      const result = parseStacDocument(surface.ui, { ...options, rootPath });
      issues.push(...result.issues);
      if (result.ok) documents.push(result.document);
      else ok = false;
    }
    ok = ok && !(strict && issues.some((issue) => issue.severity === 'error'));
    return { kind: 'plugin', ok, issues, documents };
  }
  const result = parseStacDocument(json, { ...options, rootPath: BARE_ROOT_PATH });
  return {
    kind: 'document',
    ok: result.ok,
    issues: result.issues,
    documents: result.ok ? [result.document] : [],
  };
}
