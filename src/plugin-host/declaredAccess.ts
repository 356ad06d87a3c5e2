/**
 * The access a plugin's documents need (from analyzePluginAccess) against the permissions it declares. When
 * publishing strictly, reading or doing more than declared is an error at the path that does it; a plugin
 * without `permissions` (legacy access) gets warnings that list what to declare.
 */
import type { PluginManifest, StacIssue } from '../stac-schema';
import type { PluginAccessReport } from './analyzePluginAccess';
import { grantsFor, permissionForScopeRoot } from './permissions';

export interface RequiredPermission {
  permission: string;
  /** Where the document needs it (a template, an action, a URL). */
  path: string;
  /** What the document does there, e.g. `reads user.email`. */
  because: string;
}

function hostOf(url: string): string | null | undefined {
  // Templated hosts (`https://<<settings.host>>/x`) are data-driven: they cannot be checked before rendering.
  if (/<<|\{\{/.test(url.split('/').slice(0, 3).join('/'))) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

/** Every permission the analysed document needs, with where and why (one entry per distinct need). */
export function requiredPermissions(report: PluginAccessReport): RequiredPermission[] {
  const needs = new Map<string, RequiredPermission>();
  const add = (need: RequiredPermission) => {
    if (!needs.has(need.permission)) needs.set(need.permission, need);
  };
  for (const read of report.reads) {
    const root = read.split(/[.[]/)[0];
    const permission = permissionForScopeRoot(root);
    if (permission) add({ permission, path: report.readPaths[read] ?? '', because: `reads ${read}` });
  }
  for (const action of report.actions) {
    if (action.method === 'getUserName')
      add({ permission: 'user:read', path: action.path, because: 'calls getUserName' });
    if (action.method === 'copyToClipboard')
      add({ permission: 'clipboard', path: action.path, because: 'calls copyToClipboard' });
  }
  for (const url of report.urls) {
    if (url.kind === 'opens')
      add({ permission: 'navigate:external', path: url.path, because: `opens ${url.url}` });
    if (url.kind === 'requests') {
      const host = hostOf(url.url);
      if (host)
        add({ permission: `network:${host}`, path: url.path, because: `sends requests to ${url.url}` });
    }
  }
  return [...needs.values()];
}

/** Issues for what a document needs beyond the manifest's permissions. */
export function undeclaredAccessIssues(
  manifest: Pick<PluginManifest, 'permissions'>,
  report: PluginAccessReport,
  mode: 'lenient' | 'strict' = 'strict',
): StacIssue[] {
  const needs = requiredPermissions(report);
  const grants = grantsFor(manifest);
  if (!grants.declared) {
    // Advice for publishing only: the plugins of the real market have no manifest and are fine as they are.
    if (needs.length === 0 || mode !== 'strict') return [];
    const list = [...new Set(needs.map((need) => need.permission))].map((p) => JSON.stringify(p)).join(', ');
    return [
      {
        code: 'undeclared_access',
        severity: 'warning',
        path: 'permissions',
        message: `the plugin declares no "permissions", so it keeps the access of older plugins; declare what it uses: [${list}].`,
      },
    ];
  }
  const declared = new Set<string>(grants.permissions);
  return needs
    .filter((need) => {
      if (declared.has(need.permission)) return false;
      if (need.permission.startsWith('network:'))
        return !grants.mayRequestHost(need.permission.slice('network:'.length));
      return true;
    })
    .map((need) => ({
      code: 'undeclared_access' as const,
      severity: mode === 'strict' ? ('error' as const) : ('warning' as const),
      path: need.path,
      message: `the plugin ${need.because} but does not declare "${need.permission}"; add it to "permissions" or remove this use (undeclared, it gets nothing).`,
    }));
}
