/**
 * `stac-web scan <dir...> [--json]`: what a server with these folders in STAC_WEB_PLUGIN_DIRS would register,
 * and why the rest is refused. It reads and validates exactly as the server's folder scan does, and touches
 * no database (a clash with another catalog plugin's id, or an unraised version, shows only on the server).
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import { scanPluginFolders } from '../catalog/index';

interface ScanIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const SCAN_USAGE = `Usage: stac-web scan <dir...> [--json]

Reads each folder as the server reads STAC_WEB_PLUGIN_DIRS: every sub-folder with a plugin.json, and every
.json file directly inside, validated in strict mode. Prints the plugins it would register and, for the rest,
every reason. Exit code 1 when any plugin is refused, 2 on wrong usage or a missing folder.
`;

/** The scan's options, read with node:util parseArgs; a usage error says which option and what it takes. */
function readScanArgs(args: readonly string[]): { dirs: string[]; json: boolean; help: boolean } | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { dirs: positionals, json: values.json ?? false, help: values.help ?? false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
    return (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
      ? `${option} takes no value.`
      : `unknown option ${option} for scan (it takes --json, --help).`;
  }
}

export async function scanCommand(args: readonly string[], io: ScanIo): Promise<number> {
  const parsed = readScanArgs(args);
  if (typeof parsed !== 'string' && parsed.help) {
    io.stdout(SCAN_USAGE);
    return 0;
  }
  if (typeof parsed === 'string' || parsed.dirs.length === 0) {
    io.stderr(`stac-web: ${typeof parsed === 'string' ? parsed : 'scan needs a folder.'}\n${SCAN_USAGE}`);
    return 2;
  }
  const { dirs, json } = parsed;
  for (const dir of dirs) {
    if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
      io.stderr(`stac-web: "${dir}" is not a folder; name a folder of plugins.\n`);
      return 2;
    }
  }
  const scan = await scanPluginFolders(dirs);
  const shown = (path: string) => relative(process.cwd(), path) || path;
  if (json) {
    io.stdout(
      `${JSON.stringify(
        {
          register: scan.plugins.map(({ path, plugin }) => ({
            path: shown(path),
            id: plugin.id,
            name: plugin.name,
            version: plugin.version,
            author: plugin.author,
            slot: plugin.slot,
          })),
          refused: scan.refused.map((entry) => ({ ...entry, path: shown(entry.path) })),
        },
        null,
        2,
      )}\n`,
    );
    return scan.refused.length > 0 ? 1 : 0;
  }
  const lines: string[] = [];
  lines.push(`Would register ${scan.plugins.length} plugin${scan.plugins.length === 1 ? '' : 's'}:`);
  for (const { path, plugin } of scan.plugins)
    lines.push(`  ${plugin.id} ${plugin.version} by ${plugin.author} (${plugin.slot})  ${shown(path)}`);
  if (scan.refused.length > 0) {
    lines.push(`Refused ${scan.refused.length}:`);
    for (const entry of scan.refused) {
      lines.push(`  ${shown(entry.path)}: ${entry.code}: ${entry.message}`);
      for (const issue of entry.issues)
        lines.push(
          `    ${issue.path === '' ? '(file)' : issue.path}: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`,
        );
    }
  }
  io.stdout(`${lines.join('\n')}\n`);
  return scan.refused.length > 0 ? 1 : 0;
}
