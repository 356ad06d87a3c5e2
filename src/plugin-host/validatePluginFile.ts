/**
 * Validation of a STAC file with the host's rules on top of the document rules: the manifest checked against
 * this host's version, and, for a plugin, what each surface reads and does against the permissions it
 * declares. The CLI, the editor and the server's publishing all validate through here.
 */
import {
  childPath,
  readPluginManifest,
  validateStacFile,
  type StacIssue,
  type StacFileValidation,
  type ValidateStacFileOptions,
} from '../stac-schema';
import { analyzePluginAccess } from './analyzePluginAccess';
import { actionPlace, serverMethodsInPageAction } from './hostEvents';
import { undeclaredAccessIssues } from './declaredAccess';
import { HOST_VERSION } from './hostInfo';

/** Where a tool sits in the file (the manifest keeps only the tools that read well, so indexes shift). */
function rawToolIndex(json: unknown, name: string): number {
  const mcp = (json as { mcp?: { tools?: unknown } } | null)?.mcp;
  const tools = Array.isArray(mcp?.tools) ? (mcp.tools as unknown[]) : [];
  return tools.findIndex((tool) => (tool as { name?: unknown } | null)?.name === name);
}

const rawList = (json: unknown, key: 'commands' | 'subscriptions'): unknown[] => {
  const value = (json as Record<string, unknown> | null)?.[key];
  return Array.isArray(value) ? value : [];
};

const quoteList = (names: string[]): string => names.map((name) => `"${name}"`).join(', ');

/**
 * A command or event action runs in one place: in the page when any step shows or moves something. One that
 * also asks for a server-only host method would fail there at its first use; say so when the file is checked.
 */
function mixedPlaceIssues(json: unknown): StacIssue[] {
  const issues: StacIssue[] = [];
  rawList(json, 'commands').forEach((entry, index) => {
    const { action, title } = (entry ?? {}) as { action?: unknown; title?: unknown };
    const methods = serverMethodsInPageAction(action);
    if (methods.length === 0) return;
    const name = typeof title === 'string' ? `the command "${title}"` : 'this command';
    issues.push({
      code: 'invalid_plugin',
      severity: 'error',
      path: childPath(childPath('commands', index), 'action'),
      message: `${name} shows something, so it runs in the page, where ${quoteList(methods)} does not exist (only the server has it). Split it into two commands: one that shows, one that calls ${quoteList(methods)} and says the outcome in "summary".`,
    });
  });
  rawList(json, 'subscriptions').forEach((entry, index) => {
    const { action, event } = (entry ?? {}) as { action?: unknown; event?: unknown };
    const methods = serverMethodsInPageAction(action);
    if (methods.length === 0) return;
    const name = typeof event === 'string' ? `the "${event}" action` : 'this action';
    issues.push({
      code: 'invalid_plugin',
      severity: 'error',
      path: childPath(childPath('subscriptions', index), 'action'),
      message: `${name} shows something, so it runs in the page, where ${quoteList(methods)} does not exist (only the server has it). Subscribe twice to the event: once to show, once to call ${quoteList(methods)} (its "summary" is kept with the run).`,
    });
  });
  return issues;
}

export function validatePluginFile(json: unknown, options: ValidateStacFileOptions = {}): StacFileValidation {
  const hostVersion = options.hostVersion ?? HOST_VERSION;
  const result = validateStacFile(json, { ...options, hostVersion });
  if (result.kind !== 'plugin') return result;
  const strict = options.mode === 'strict';
  const { manifest } = readPluginManifest(json);
  const issues = [...result.issues];
  for (const surface of manifest.surfaces) {
    const rootPath = manifest.composite ? childPath('surfaces', surface.slot) : 'ui';
    issues.push(
      ...undeclaredAccessIssues(
        manifest,
        analyzePluginAccess(surface.ui, rootPath),
        strict ? 'strict' : 'lenient',
      ),
    );
  }
  // The summary reaches dashboard surfaces and dashboard commands in the page, and the server's work (jobs,
  // event actions, MCP resources); a plugin with none of these asks for data it can never receive.
  const readsInventory =
    manifest.surfaces.some((surface) => surface.slot.startsWith('dashboard')) ||
    manifest.commands.some((command) => command.where.startsWith('dashboard')) ||
    manifest.jobs.length > 0 ||
    manifest.subscriptions.length > 0 ||
    manifest.mcp.tools.some((tool) => tool.action) ||
    manifest.mcp.resources.length > 0;
  if (manifest.permissions?.includes('inventory:read') && !readsInventory) {
    issues.push({
      code: 'invalid_plugin',
      severity: 'warning',
      path: 'permissions',
      message:
        '"inventory:read" gives the inventory summary to dashboard surfaces and commands and to server work (jobs, events, MCP), and this plugin has none of them; remove it or add one.',
    });
  }
  // An assistant's call runs on the server: a notice, dialog or navigation has no page to show in.
  manifest.mcp.tools.forEach((tool) => {
    if (tool.action && actionPlace(tool.action) === 'page')
      issues.push({
        code: 'invalid_plugin',
        severity: 'error',
        path: childPath(childPath('mcp.tools', rawToolIndex(json, tool.name)), 'action'),
        message: `the tool "${tool.name}" runs on the server for an assistant, where notices, dialogs and navigation have no page; use a request, a host method or setValue, and say the outcome in "summary".`,
      });
  });
  issues.push(...mixedPlaceIssues(json));
  const ok = result.ok && !(strict && issues.some((issue) => issue.severity === 'error'));
  return { ...result, ok, issues };
}
