/**
 * The stac-web command line: `validate` plugin files and bare STAC documents, `render` one to HTML.
 * bin/stac-web.mjs loads this file through tsx, so it runs from a checkout without a build step.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { validateCommand } from './validateCommand';
import { renderCommand } from './renderCommand';
import type { CliIo } from './cliIo';

export const USAGE = `stac-web: validate and render STAC plugin UIs

Usage:
  stac-web validate <file...> [--strict] [--json]
  stac-web render <file> [--context ctx.json] [--theme light|dark] [--mode production|preview]
  stac-web scan <dir...> [--json]
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
scan       Prints what a server with these folders in STAC_WEB_PLUGIN_DIRS would register (each sub-folder
           with a plugin.json, each .json file; strict mode, id/name/version/author/slot stated) and
           every reason the rest is refused. Exit code 1 when any plugin is refused.
`;

function usageError(io: CliIo, message: string): number {
  io.stderr(`stac-web: ${message}\nRun "stac-web --help" for usage.\n`);
  return 2;
}

/** Each command's options, as node:util parseArgs reads them (`--name value` and `--name=value`). */
const COMMAND_OPTIONS = {
  validate: {
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  render: {
    context: { type: 'string' },
    theme: { type: 'string' },
    mode: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
} as const satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof COMMAND_OPTIONS;
const isCommand = (name: string): name is Command => Object.hasOwn(COMMAND_OPTIONS, name);

/** node:util's parse errors carry a code; the option they name is the first quoted token of the message. */
function describeParseError(command: Command, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
  const known = Object.keys(COMMAND_OPTIONS[command])
    .map((name) => `--${name}`)
    .join(', ');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${option} for ${command} (it takes ${known}).`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing|ambiguous/.test(message)
      ? `${option} needs a value, e.g. ${option}=value.`
      : `${option} takes no value.`;
  }
  throw error;
}

function readCommandArgs(command: Command, args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: COMMAND_OPTIONS[command],
    allowPositionals: true,
    strict: true,
  });
}

type Parsed<C extends Command> = ReturnType<
  typeof parseArgs<{ options: (typeof COMMAND_OPTIONS)[C]; allowPositionals: true }>
>;

function runValidate(parsed: Parsed<'validate'>, io: CliIo): Promise<number> | number {
  if (parsed.positionals.length === 0) return usageError(io, 'validate needs at least one file.');
  const { strict = false, json = false } = parsed.values;
  return validateCommand({ files: parsed.positionals, strict, json }, io);
}

function runRender(parsed: Parsed<'render'>, io: CliIo): Promise<number> | number {
  if (parsed.positionals.length !== 1) return usageError(io, 'render needs exactly one file.');
  const { context, theme, mode } = parsed.values;
  if (theme !== undefined && theme !== 'light' && theme !== 'dark')
    return usageError(io, '--theme is light or dark.');
  if (mode !== undefined && mode !== 'production' && mode !== 'preview') {
    return usageError(io, '--mode is production or preview.');
  }
  return renderCommand({ file: parsed.positionals[0], context, theme, mode }, io);
}

/** Runs the CLI with `args` (without node and script); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (!isCommand(command))
    return usageError(io, `unknown command "${command}" (use validate, render or scan).`);
  let parsed;
  try {
    parsed = readCommandArgs(command, rest);
  } catch (error) {
    return usageError(io, describeParseError(command, error));
  }
  if (parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  return command === 'validate'
    ? runValidate(parsed as Parsed<'validate'>, io)
    : runRender(parsed as Parsed<'render'>, io);
}
