import { parseStacDocument, SLOT_PATTERN, type StacIssue } from '../../src/stac-schema';
import { unwrapUi, type MockDatabase } from './createMockDatabase';
import { MockApiError } from './mockApiError';
import { isRecord, isVersion } from './pluginViews';

/** Plugin files as the server reads them: ids from names, strict STAC validation, the tolerant file reader. */

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'plugin';
}

export function validateUi(ui: unknown): { ok: boolean; issues: StacIssue[] } {
  const result = parseStacDocument(ui, { mode: 'strict', rootPath: 'ui' });
  return { ok: result.ok, issues: result.issues };
}

/** The server's tolerant reading of a plugin file (see server/plugins/pluginDocument.ts). */
export function readPluginFile(json: unknown, fallbackName: string) {
  if (!isRecord(json)) {
    return {
      issues: [
        {
          code: 'not_an_object',
          severity: 'error',
          path: '',
          message: 'A plugin file must be a JSON object.',
        } as StacIssue,
      ],
    };
  }
  const issues: StacIssue[] = [];
  let ui: unknown = json.ui;
  if (ui === undefined && typeof json.type === 'string') ui = json;
  ui = unwrapUi(ui);
  if (ui === undefined) {
    return {
      issues: [
        {
          code: 'missing_required',
          severity: 'error',
          path: 'ui',
          message: 'The plugin has no "ui": add the STAC document as "ui".',
        } as StacIssue,
      ],
    };
  }
  let fileVersion = typeof json.version === 'string' ? json.version.trim() : undefined;
  if (!isVersion(fileVersion)) {
    issues.push({
      code: 'invalid_plugin',
      severity: 'warning',
      path: 'version',
      message: 'No valid version; 1.0.0 is assumed.',
    });
    fileVersion = '1.0.0';
  }
  let fileSlot = typeof json.slot === 'string' ? json.slot.trim() : undefined;
  if (!fileSlot || !SLOT_PATTERN.test(fileSlot)) {
    issues.push({
      code: 'invalid_plugin',
      severity: 'warning',
      path: 'slot',
      message: 'No valid slot; "dashboard_top" is assumed.',
    });
    fileSlot = 'dashboard_top';
  }
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  const id = text(json.id);
  return {
    plugin: {
      id: id && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id) ? id : undefined,
      name: text(json.name) ?? fallbackName,
      description: text(json.description) ?? '',
      version: fileVersion,
      author: text(json.author),
      authorAvatar:
        typeof json.authorAvatar === 'string' && json.authorAvatar.startsWith('https://')
          ? json.authorAvatar
          : null,
      slot: fileSlot,
      ui,
    },
    issues,
  };
}

/** Stands in for the server's safe fetcher: only https, and only the files the database knows. */
export function fetchRemote(db: MockDatabase, url: string): unknown {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MockApiError(400, 'URL_NOT_ALLOWED', 'That is not a URL; use an https URL of a plugin file.', {
      reason: 'INVALID_URL',
    });
  }
  if (parsed.protocol !== 'https:') {
    throw new MockApiError(400, 'URL_NOT_ALLOWED', 'Only https URLs can be fetched.', {
      reason: 'URL_NOT_ALLOWED',
    });
  }
  if (!db.remoteFiles.has(url)) {
    throw new MockApiError(
      502,
      'FETCH_FAILED',
      'The plugin could not be downloaded: the server answered 404.',
      { reason: 'HTTP_STATUS' },
    );
  }
  return structuredClone(db.remoteFiles.get(url));
}
