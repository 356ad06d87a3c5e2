/**
 * The stac-web command line: `validate` plugin files and bare STAC documents, `render` one to HTML.
 * bin/stac-web.mjs loads this file through tsx, so it runs from a checkout without a build step.
 */
import { validateCommand } from './validateCommand';
import { renderCommand } from './renderCommand';
import type { CliIo } from './cliIo';

export const USAGE = `stac-web: validate and render STAC plugin UIs

Usage:
  stac-web validate <file...> [--strict] [--json]
  stac-web render <file> [--context ctx.json] [--theme light|dark] [--mode production|preview]
  stac-web --help

A file is a whole plugin record ({ "id", "name", ..., "ui" }), a bare STAC document ({ "type": ... }),
a list of documents, or a Stac theme.

validate   Prints every issue with its JSON path. Lenient mode (default) checks as the renderer does:
           unknown widgets are warnings. --strict checks as publishing does: unknown widgets, unknown
           actions and plugin fields are errors, unknown props are warnings.
           --json prints an array of {file, code, severity, path, message, hint}.
           Exit code 1 when any file has an error, 2 on wrong usage.
render     Prints the server-rendered HTML of the document (a list of documents renders as a list).
           --context names a JSON object the templates bind against, e.g. {"asset": {"name": "Drill"}}.
           Exit code 1 when nothing would show: the root widget is unknown or invalid, no widget of a
           list can render, or the file is a theme.
`;

function usageError(io: CliIo, message: string): number {
  io.stderr(`stac-web: ${message}\nRun "stac-web --help" for usage.\n`);
  return 2;
}

interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
  unknown: string[];
  missingValue?: string;
}

function parseArgs(
  args: readonly string[],
  booleanFlags: readonly string[],
  valueFlags: readonly string[],
): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), values: new Map(), unknown: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (booleanFlags.includes(name)) parsed.flags.add(name);
    else if (valueFlags.includes(name)) {
      const value = inline ?? args[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) parsed.missingValue = name;
      else {
        parsed.values.set(name, value);
        if (inline === undefined) i += 1;
      }
    } else parsed.unknown.push(name);
  }
  return parsed;
}

/** Runs the CLI with `args` (without node and script); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (command === 'validate') {
    const parsed = parseArgs(rest, ['--strict', '--json'], []);
    if (parsed.unknown.length > 0) return usageError(io, `unknown option ${parsed.unknown[0]} for validate.`);
    if (parsed.positional.length === 0) return usageError(io, 'validate needs at least one file.');
    return validateCommand(
      { files: parsed.positional, strict: parsed.flags.has('--strict'), json: parsed.flags.has('--json') },
      io,
    );
  }
  if (command === 'render') {
    const parsed = parseArgs(rest, [], ['--context', '--theme', '--mode']);
    if (parsed.unknown.length > 0) return usageError(io, `unknown option ${parsed.unknown[0]} for render.`);
    if (parsed.missingValue) return usageError(io, `${parsed.missingValue} needs a value.`);
    if (parsed.positional.length !== 1) return usageError(io, 'render needs exactly one file.');
    const theme = parsed.values.get('--theme');
    if (theme !== undefined && theme !== 'light' && theme !== 'dark')
      return usageError(io, '--theme is light or dark.');
    const mode = parsed.values.get('--mode');
    if (mode !== undefined && mode !== 'production' && mode !== 'preview') {
      return usageError(io, '--mode is production or preview.');
    }
    return renderCommand(
      {
        file: parsed.positional[0],
        context: parsed.values.get('--context'),
        theme: theme as 'light' | 'dark' | undefined,
        mode: mode as 'production' | 'preview' | undefined,
      },
      io,
    );
  }
  return usageError(io, `unknown command "${command}".`);
}
