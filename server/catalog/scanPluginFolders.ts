/**
 * Discovery of plugins in catalog folders (after Mudstack's folder scan): each configured folder holds plugins
 * as sub-folders with a `plugin.json`, or as `<name>.json` files directly inside it. Discovery only reads and
 * validates JSON; nothing a plugin declares is run or fetched. Every plugin is checked in strict mode and must
 * name itself (`id`, `name`, `version`, `author`, `slot`): a folder is an administrator's publishing channel,
 * so nothing is guessed.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StacIssue } from '../../src/stac-schema/index';
import { parseBoundedJson } from '../boundedJson';
import { readPluginFile, validatePluginContent, type PluginFileContent } from '../plugins/pluginDocument';

/** The file a plugin sub-folder must hold. */
export const PLUGIN_FILE_NAME = 'plugin.json';
/** Largest plugin file read (the same as the API's request body limit). */
export const MAX_PLUGIN_FILE_BYTES = 1_000_000;
/** Most plugins one scan registers; the rest are refused, so a runaway folder cannot flood the catalog. */
export const MAX_FOLDER_PLUGINS = 500;

/** A plugin that passed every check: what the catalog will hold. */
export interface FolderPlugin {
  /** Absolute path of the file it was read from. */
  path: string;
  /** sha256 of the file's text: a changed file has another hash. */
  hash: string;
  plugin: PluginFileContent & { id: string; author: string };
}

export type RefusalCode =
  | 'unreadable'
  | 'too_large'
  | 'invalid_json'
  | 'invalid_plugin'
  | 'duplicate_id'
  | 'too_many_plugins'
  | 'id_taken'
  | 'version_not_raised';

/** A plugin file that was not registered, with every reason found. */
export interface RefusedPlugin {
  path: string;
  /** The id the file names, when it names one. */
  id?: string;
  code: RefusalCode;
  /** One sentence that says what to do. */
  message: string;
  issues: StacIssue[];
}

export interface FolderScan {
  dirs: string[];
  plugins: FolderPlugin[];
  refused: RefusedPlugin[];
}

const error = (path: string, message: string): StacIssue => ({
  code: 'invalid_plugin',
  severity: 'error',
  path,
  message,
});

/** The plugin files of one folder, sorted by path so every scan (and every instance) sees the same order. */
async function pluginFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && entry.name.endsWith('.json')) files.push(join(dir, entry.name));
    else if (entry.isDirectory()) {
      const candidate = join(dir, entry.name, PLUGIN_FILE_NAME);
      const found = await stat(candidate).catch(() => undefined);
      if (found?.isFile()) files.push(candidate);
    }
  }
  return files.sort();
}

/** Metadata a folder plugin must state itself; the tolerant reader's defaults become errors here. */
function missingMetadata(json: Record<string, unknown>, plugin: PluginFileContent): StacIssue[] {
  const issues: StacIssue[] = [];
  if (!plugin.id)
    issues.push(
      error('id', 'Give the plugin an "id": letters, digits, "_", "." or "-" (e.g. "stock-alerts").'),
    );
  if (typeof json.name !== 'string' || json.name.trim() === '')
    issues.push(error('name', 'Give the plugin a "name" to show in the marketplace.'));
  if (!plugin.author) issues.push(error('author', 'Name the plugin\'s "author".'));
  return issues;
}

/** Reads and checks one plugin file; never throws. */
export async function readFolderPlugin(path: string): Promise<FolderPlugin | RefusedPlugin> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_PLUGIN_FILE_BYTES) {
      return {
        path,
        code: 'too_large',
        message: `The file is larger than ${MAX_PLUGIN_FILE_BYTES / 1_000_000} MB; make the plugin smaller.`,
        issues: [],
      };
    }
    text = await readFile(path, 'utf8');
  } catch (cause) {
    return {
      path,
      code: 'unreadable',
      message: `The file could not be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}); check its permissions.`,
      issues: [],
    };
  }
  const parsed = parseBoundedJson(text);
  if (!parsed.ok)
    return { path, code: 'invalid_json', message: `Fix the file: ${parsed.message}.`, issues: [] };
  const fallbackName =
    basename(path) === PLUGIN_FILE_NAME ? basename(join(path, '..')) : basename(path, '.json');
  const read = readPluginFile(parsed.value, fallbackName);
  // The tolerant reader's warnings (a defaulted version or slot) are errors for a folder plugin.
  const issues: StacIssue[] = read.issues.map((issue) => ({ ...issue, severity: 'error' }));
  const json = parsed.value as Record<string, unknown>;
  if (read.plugin) {
    issues.push(...missingMetadata(json, read.plugin));
    issues.push(...validatePluginContent(read.plugin).issues.filter((issue) => issue.severity === 'error'));
  }
  const id = read.plugin?.id;
  if (!read.plugin || !read.plugin.id || !read.plugin.author || issues.length > 0) {
    return {
      path,
      ...(id ? { id } : {}),
      code: 'invalid_plugin',
      message: `The plugin has ${issues.length} problem${issues.length === 1 ? '' : 's'}; fix ${issues.length === 1 ? 'it' : 'them'} and save the file again.`,
      issues,
    };
  }
  const hash = createHash('sha256').update(text).digest('hex');
  return { path, hash, plugin: { ...read.plugin, id: read.plugin.id, author: read.plugin.author } };
}

const isRefused = (entry: FolderPlugin | RefusedPlugin): entry is RefusedPlugin => 'code' in entry;

/**
 * Reads every plugin of the folders. A folder that cannot be listed is an error (the caller decides whether
 * that stops a start); a plugin file that fails is refused with its reasons. Of two files with one id, the
 * first by path wins and the other is refused.
 */
export async function scanPluginFolders(dirs: readonly string[]): Promise<FolderScan> {
  const plugins: FolderPlugin[] = [];
  const refused: RefusedPlugin[] = [];
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    for (const path of await pluginFilesIn(dir)) {
      const entry = await readFolderPlugin(path);
      if (isRefused(entry)) {
        refused.push(entry);
        continue;
      }
      const first = seen.get(entry.plugin.id);
      if (first !== undefined) {
        refused.push({
          path,
          id: entry.plugin.id,
          code: 'duplicate_id',
          message: `${first} already registers the id "${entry.plugin.id}"; give this plugin another id.`,
          issues: [],
        });
      } else if (plugins.length >= MAX_FOLDER_PLUGINS) {
        refused.push({
          path,
          id: entry.plugin.id,
          code: 'too_many_plugins',
          message: `The folders hold more than ${MAX_FOLDER_PLUGINS} plugins; move some out.`,
          issues: [],
        });
      } else {
        seen.set(entry.plugin.id, path);
        plugins.push(entry);
      }
    }
  }
  return { dirs: [...dirs], plugins, refused };
}
