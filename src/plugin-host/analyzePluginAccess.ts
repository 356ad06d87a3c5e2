/**
 * What a plugin can reach, computed from its document before install: the data paths its templates read,
 * the actions and SDK methods it can trigger, and the external URLs it loads, requests or opens.
 * Pure and defensive: the document is untrusted, so the walk is bounded and never evaluates anything.
 */
import { hasTemplate, renderTemplate } from '../renderer/template';
import { isRecord } from '../stac-schema';

export type AccessUrlKind = 'loads' | 'requests' | 'opens';

export interface AccessUrl {
  url: string;
  kind: AccessUrlKind;
  /** JSON path of the property holding it, e.g. `ui.child.src`. */
  path: string;
}

export interface AccessAction {
  /** `actionType` of the object (`navigate`, `invenicum_sdk`, ...) or `method` for the short form. */
  actionType: string;
  method?: string;
  path: string;
}

export interface PluginAccessReport {
  /** Data paths read by templates (`asset.name`, `user.name`), sorted and unique. */
  reads: string[];
  /** JSON path of the first template that reads each entry of `reads`. */
  readPaths: Record<string, string>;
  /** First segment of each read (`asset`, `user`). */
  dataRoots: string[];
  /** Names the plugin stores with `setValue` and reads back: its own values, not the user's data. */
  ownValues: string[];
  actions: AccessAction[];
  urls: AccessUrl[];
  /** In-app routes the plugin can navigate to. */
  routes: string[];
  /** Templates that could not be parsed, with their path. */
  templateProblems: { path: string; message: string }[];
  /** True when the walk stopped at its limits (the document is larger than what was analysed). */
  truncated: boolean;
}

const MAX_DEPTH = 128;
const MAX_VISITS = 50_000;

/** Widget properties whose string value is a resource the browser fetches. */
const LOADED_URL_KEYS = new Set([
  'src',
  'url',
  'backgroundImage',
  'foregroundImage',
  'activeThumbImage',
  'inactiveThumbImage',
]);

/** Roots the host puts in scope: a read of these is the user's data even if the plugin also sets one. */
const HOST_SCOPE_ROOTS = new Set(['asset', 'user', 'plugin', 'slot', 'assets', 'app', 'context']);

const EXTERNAL_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function isAction(value: Record<string, unknown>): boolean {
  return (
    typeof value.actionType === 'string' ||
    (typeof value.method === 'string' && typeof value.type !== 'string')
  );
}

function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

export function analyzePluginAccess(ui: unknown, rootPath = 'ui'): PluginAccessReport {
  const reads = new Set<string>();
  const readPaths = new Map<string, string>();
  const actions = new Map<string, AccessAction>();
  const urls = new Map<string, AccessUrl>();
  const routes = new Set<string>();
  const setKeys = new Set<string>();
  const templateProblems: { path: string; message: string }[] = [];
  let visits = 0;
  let truncated = false;

  const addUrl = (raw: string, kind: AccessUrlKind, path: string) => {
    const url = raw.trim();
    // Relative paths stay in the host; templated URLs are listed as written since their target is data-driven.
    if (!url || !(EXTERNAL_URL.test(url) || hasTemplate(url))) return;
    const key = `${kind} ${url}`;
    if (!urls.has(key)) urls.set(key, { url, kind, path });
  };

  const readTemplate = (text: string, path: string) => {
    if (!hasTemplate(text)) return;
    try {
      const result = renderTemplate(text, {});
      for (const read of [...result.reads, ...result.unbound]) {
        reads.add(read);
        if (!readPaths.has(read)) readPaths.set(read, path);
      }
      for (const error of result.errors) templateProblems.push({ path, message: error.message });
    } catch (error) {
      templateProblems.push({ path, message: error instanceof Error ? error.message : String(error) });
    }
  };

  const visitAction = (action: Record<string, unknown>, path: string) => {
    const actionType = typeof action.actionType === 'string' ? action.actionType : 'method';
    const method = typeof action.method === 'string' ? action.method : undefined;
    const key = `${actionType}:${method ?? ''}`;
    if (!actions.has(key)) actions.set(key, { actionType, method, path });

    const params = isRecord(action.params) ? action.params : {};
    if (actionType === 'navigate' || method === 'navigate') {
      for (const candidate of [
        action.routeName,
        params.path,
        isRecord(action.request) ? action.request.url : undefined,
      ]) {
        if (typeof candidate !== 'string') continue;
        if (EXTERNAL_URL.test(candidate.trim())) addUrl(candidate, 'opens', path);
        else routes.add(candidate);
      }
      if (typeof action.url === 'string') addUrl(action.url, 'opens', joinPath(path, 'url'));
    }
    if (actionType === 'networkRequest' && typeof action.url === 'string')
      addUrl(action.url, 'requests', joinPath(path, 'url'));
    if (/launch|open.*url/i.test(`${actionType} ${method ?? ''}`)) {
      for (const candidate of [action.url, params.url])
        if (typeof candidate === 'string') addUrl(candidate, 'opens', path);
    }
  };

  const visit = (value: unknown, path: string, key: string | null, depth: number, inAction = false) => {
    if (++visits > MAX_VISITS || depth > MAX_DEPTH) {
      truncated = true;
      return;
    }
    if (typeof value === 'string') {
      readTemplate(value, path);
      // An action's `url` is reported by visitAction with what the action does with it.
      if (key && !inAction && LOADED_URL_KEYS.has(key)) addUrl(value, 'loads', path);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, joinPath(path, index), null, depth + 1));
      return;
    }
    if (!isRecord(value)) return;

    const action = isAction(value);
    if (action) visitAction(value, path);
    // The setValue widget and action declare the plugin's own variables.
    if ((value.type === 'setValue' || value.actionType === 'setValue') && Array.isArray(value.values)) {
      for (const entry of value.values)
        if (isRecord(entry) && typeof entry.key === 'string') setKeys.add(entry.key);
    }
    // `request` objects of networkWidget / dynamicView / showDialog fetch their URL.
    if (key === 'request' && typeof value.url === 'string')
      addUrl(value.url, 'requests', joinPath(path, 'url'));

    for (const [childKey, child] of Object.entries(value)) {
      if (childKey === 'url' && key === 'request') {
        readTemplate(String(child), joinPath(path, childKey));
        continue;
      }
      visit(child, joinPath(path, childKey), childKey, depth + 1, action);
    }
  };

  visit(ui, rootPath, null, 0);

  const rootOf = (read: string) => read.split(/[.[]/)[0];
  const isOwnValue = (read: string) => setKeys.has(rootOf(read)) && !HOST_SCOPE_ROOTS.has(rootOf(read));
  const sortedReads = [...reads].filter((read) => !isOwnValue(read)).sort();
  return {
    reads: sortedReads,
    readPaths: Object.fromEntries(sortedReads.map((read) => [read, readPaths.get(read) ?? rootPath])),
    ownValues: [...new Set([...reads].filter(isOwnValue).map(rootOf))].sort(),
    dataRoots: [...new Set(sortedReads.map((read) => read.split(/[.[]/)[0]).filter(Boolean))].sort(),
    actions: [...actions.values()],
    urls: [...urls.values()],
    routes: [...routes].sort(),
    templateProblems,
    truncated,
  };
}

/** The distinct descriptions of a report's actions, in order: one line per capability. */
export function describeActions(actions: readonly AccessAction[]): string[] {
  return [...new Set(actions.map(describeAction))];
}

/** One line per capability, for people deciding whether to install. */
export function describeAction(action: AccessAction): string {
  if (action.actionType === 'invenicum_sdk' || action.actionType === 'method') {
    switch (action.method) {
      case 'getUserName':
        return 'Read your user name (getUserName)';
      case 'showAlert':
        return 'Show you a message (showAlert)';
      case 'navigate':
        // Same wording as Stac's navigate action: to the user both do the same thing.
        return 'Move you to another page or screen (navigate)';
      case 'logout':
        return 'Sign you out (logout)';
      case 'copyToClipboard':
        return 'Copy text to your clipboard (copyToClipboard)';
      default:
        return `Call the app method “${action.method ?? 'unknown'}”`;
    }
  }
  switch (action.actionType) {
    case 'navigate':
      return 'Move you to another page or screen (navigate)';
    case 'networkRequest':
      return 'Send network requests (networkRequest)';
    case 'showDialog':
      return 'Open a dialog (showDialog)';
    case 'showModalBottomSheet':
      return 'Open a bottom sheet (showModalBottomSheet)';
    case 'showSnackBar':
      return 'Show a snack bar message (showSnackBar)';
    case 'setValue':
      return 'Store values for its own use (setValue)';
    case 'validateForm':
    case 'getFormValue':
      return `Read its own form fields (${action.actionType})`;
    case 'multiAction':
      return 'Run several actions in a row (multiAction)';
    case 'delay':
    case 'none':
      return `Wait or do nothing (${action.actionType})`;
    default:
      return `Run the action “${action.actionType}”`;
  }
}
