import {
  INVALID_NODE_TYPE,
  parseStacDocument,
  unwrapPluginUi,
  validateStacFile,
  BARE_ROOT_PATH,
} from '../stac-schema';
import type { StacRenderProblem } from '../renderer';
import { readJsonFile, type CliIssue } from './readJsonFile';
import { formatIssue } from './formatIssues';
import type { CliIo } from './cliIo';
import { isRecord } from '../stac-schema';

export interface RenderOptions {
  file: string;
  context?: string;
  theme?: 'light' | 'dark';
  mode?: 'production' | 'preview';
}

/** Problems that leave a node out of the page (as opposed to unbound paths or warnings). */
const DROPS_THE_NODE = new Set<StacRenderProblem['code']>(['unknown_widget', 'invalid_node', 'render_error']);

/** What `render` draws: one document under `rootPath`, or (a top-level list) each item under `$[i]`. */
interface RenderPlan {
  document: unknown;
  rootPath: string;
  /** The roots that must draw something; a list needs at least one of them. */
  roots: Array<{ path: string; node: unknown }>;
  /** Render paths of a list's synthetic `listView` (`$.children[2]`) back to the file's (`$[2]`). */
  filePath: (path: string) => string;
}

function planOf(json: unknown): RenderPlan {
  if (Array.isArray(json)) {
    // The Stac gallery's home screen is a bare list of widgets; its app shows them in a ListView.
    const listPath = `${BARE_ROOT_PATH}.children`;
    return {
      document: { type: 'listView', children: json },
      rootPath: BARE_ROOT_PATH,
      roots: json.map((node, index) => ({ path: `${BARE_ROOT_PATH}[${index}]`, node })),
      filePath: (path) =>
        path.startsWith(`${listPath}[`) ? `${BARE_ROOT_PATH}${path.slice(listPath.length)}` : path,
    };
  }
  const isPlugin = isRecord(json) && json.type === undefined && json.ui !== undefined;
  const rootPath = isPlugin ? 'ui' : BARE_ROOT_PATH;
  const document = isPlugin ? unwrapPluginUi(json.ui) : json;
  return { document, rootPath, roots: [{ path: rootPath, node: document }], filePath: (path) => path };
}

/**
 * Why a root draws nothing, if it does not: the parser replaced it by an invalid marker, or rendering
 * dropped it (unknown widget, invalid node, a throw). Null when it renders.
 */
function rootFailure(
  root: { path: string; node: unknown },
  parsedRoot: unknown,
  problems: StacRenderProblem[],
): string | null {
  if (isRecord(parsedRoot) && parsedRoot.type === INVALID_NODE_TYPE) {
    const issue = parsedRoot.issue as { message?: unknown } | undefined;
    return typeof issue?.message === 'string' ? issue.message : 'the widget is invalid';
  }
  const dropped = problems.find((problem) => problem.path === root.path && DROPS_THE_NODE.has(problem.code));
  return dropped ? dropped.message : null;
}

/** `stac-web render <file> [--context ctx.json]`: the server-rendered HTML of the document on stdout. */
export async function renderCommand(options: RenderOptions, io: CliIo): Promise<number> {
  const read = await readJsonFile(options.file);
  if (!read.ok) {
    io.stderr(`${formatIssue(read.issue)}\n`);
    return 1;
  }
  let scope: Record<string, unknown> = {};
  if (options.context !== undefined) {
    const context = await readJsonFile(options.context);
    if (!context.ok) {
      io.stderr(`${formatIssue(context.issue)}\n`);
      return 1;
    }
    if (!isRecord(context.json)) {
      io.stderr(
        `${options.context}: the context must be a JSON object such as {"asset": {"name": "Drill"}}.\n`,
      );
      return 1;
    }
    scope = context.json;
  }
  const json = read.json;
  const report = (issue: Omit<CliIssue, 'file' | 'hint'> & { hint?: string | null }) =>
    io.stderr(`${formatIssue({ ...issue, file: options.file, hint: issue.hint ?? null })}\n`);

  const validation = validateStacFile(json);
  if (validation.kind === 'theme') {
    report({
      code: 'not_renderable',
      severity: 'error',
      path: BARE_ROOT_PATH,
      message:
        'this file is a Stac theme: it styles documents but draws nothing. Render a document or plugin file.',
    });
    return 1;
  }
  for (const issue of validation.issues) report(issue);
  if (!validation.ok && validation.kind !== 'documents') return 1;

  const plan = planOf(json);
  if (isRecord(json) && plan.rootPath === 'ui' && scope.plugin === undefined) {
    scope = {
      ...scope,
      plugin: { id: json.id, name: json.name, version: json.version, author: json.author },
    };
  }
  // Loaded on demand: `validate` should not pay for React.
  const { renderStacToString } = await import('../renderer/ssr');
  const problems: StacRenderProblem[] = [];
  const html = renderStacToString(plan.document, {
    // The output stands alone (a file a user opens): it carries the shared stylesheet, once.
    stylesheet: 'inline',
    scope,
    rootPath: plan.rootPath,
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
    onProblem: (problem) => problems.push({ ...problem, path: plan.filePath(problem.path) }),
  });
  for (const problem of problems) {
    // Parser issues were printed above with their hints; only problems found while rendering remain.
    if (problem.issueCode || problem.code === 'unknown_widget') continue;
    io.stderr(`${options.file}: warning ${problem.code} at ${problem.path}: ${problem.message}\n`);
  }

  const failures = plan.roots
    .map((root) => {
      const parsedRoot = parseStacDocument(root.node, { rootPath: root.path }).document;
      return { root, why: rootFailure(root, parsedRoot, problems) };
    })
    .filter((failure): failure is { root: RenderPlan['roots'][number]; why: string } => failure.why !== null);
  if (plan.roots.length === 0 || failures.length === plan.roots.length) {
    const where = Array.isArray(json) ? 'no widget of the list can render' : 'the root widget cannot render';
    const why = failures[0]?.why ?? 'the list is empty';
    report({
      code: 'root_cannot_render',
      severity: 'error',
      path: plan.rootPath,
      message: `${where}, so the page would be empty (${why.replace(/\.$/, '')}). Fix the issue above and render again.`,
    });
    return 1;
  }
  io.stdout(`${html}\n`);
  return 0;
}
