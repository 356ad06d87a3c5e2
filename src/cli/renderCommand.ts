import { parseStacDocument, unwrapPluginUi } from '../stac-schema';
import { readJsonFile } from './readJsonFile';
import { formatIssue } from './formatIssues';
import type { CliIo } from './cliIo';

export interface RenderOptions {
  file: string;
  context?: string;
  theme?: 'light' | 'dark';
  mode?: 'production' | 'preview';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  const isPlugin = isRecord(json) && json.type === undefined && json.ui !== undefined;
  const document = isPlugin ? unwrapPluginUi(json.ui) : json;
  const rootPath = isPlugin ? 'ui' : '$';
  if (isPlugin && scope.plugin === undefined) {
    scope = {
      ...scope,
      plugin: { id: json.id, name: json.name, version: json.version, author: json.author },
    };
  }
  const parsed = parseStacDocument(document, { rootPath });
  if (!parsed.ok) {
    for (const issue of parsed.issues)
      io.stderr(`${formatIssue({ ...issue, file: options.file, hint: issue.hint ?? null })}\n`);
    return 1;
  }
  for (const issue of parsed.issues) {
    io.stderr(`${formatIssue({ ...issue, file: options.file, hint: issue.hint ?? null })}\n`);
  }
  // Loaded on demand: `validate` should not pay for React.
  const { renderStacToString } = await import('../renderer');
  const html = renderStacToString(document, {
    scope,
    rootPath,
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
    onProblem: (problem) => {
      // Parser issues were printed above with their hints; only problems found while rendering remain.
      if (problem.issueCode || problem.code === 'unknown_widget') return;
      io.stderr(`${options.file}: warning ${problem.code} at ${problem.path}: ${problem.message}\n`);
    },
  });
  io.stdout(`${html}\n`);
  return 0;
}
