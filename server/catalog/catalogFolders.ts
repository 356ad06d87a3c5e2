/**
 * The catalog folders of a running server (STAC_WEB_PLUGIN_DIRS): scanned at start, then watched with
 * chokidar, so a plugin dropped in, edited or removed reaches the catalog without a restart. Scans never
 * overlap: changes that arrive during a scan are folded into one more scan after it.
 */
import { stat } from 'node:fs/promises';
import { delimiter, resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { StacDb } from '../database';
import type { Logger } from '../http/requestLogger';
import { scanPluginFolders, PLUGIN_FILE_NAME, type RefusedPlugin } from './scanPluginFolders';
import { syncFolderCatalog, type RegisteredPlugin } from './syncFolderCatalog';

export interface CatalogFolderStatus {
  dirs: string[];
  watching: boolean;
  /** Completed scans since the start (tests and the admin view see a rescan land by it). */
  scans: number;
  scannedAt: string | null;
  registered: RegisteredPlugin[];
  refused: RefusedPlugin[];
  /** Ids the last scan removed from the catalog. */
  removed: string[];
  /** Why the last scan failed (a folder vanished, the database was down); the catalog kept its state. */
  error: string | null;
}

export interface CatalogFolders {
  status(): CatalogFolderStatus;
  /** Scans now (or once more after the scan in progress) and resolves when that scan has finished. */
  rescan(): Promise<CatalogFolderStatus>;
  close(): Promise<void>;
}

export interface CatalogFolderOptions {
  dirs: readonly string[];
  db: StacDb;
  log: Logger;
  /** Watch for changes after the first scan (default true). */
  watch?: boolean;
}

/** The state before the first scan (and of a server with no folders configured). */
export const emptyFolderStatus = (dirs: string[]): CatalogFolderStatus => ({
  dirs,
  watching: false,
  scans: 0,
  scannedAt: null,
  registered: [],
  refused: [],
  removed: [],
  error: null,
});

/** `STAC_WEB_PLUGIN_DIRS`: paths separated by commas or the platform's delimiter (`:`, `;` on Windows). */
export function parsePluginDirs(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .flatMap((part) => part.split(delimiter))
    .map((part) => part.trim())
    .filter(Boolean);
}

async function checkDirs(dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) {
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory())
      throw new Error(
        `STAC_WEB_PLUGIN_DIRS names "${dir}", which is not a folder; create it or remove it from the list.`,
      );
  }
}

/** Scans the folders once (stopping the start when one is missing), then keeps the catalog in step. */
export async function startCatalogFolders(options: CatalogFolderOptions): Promise<CatalogFolders> {
  const dirs = options.dirs.map((dir) => resolve(dir));
  await checkDirs(dirs);
  const { db, log } = options;
  let state = emptyFolderStatus(dirs);
  const reported = new Set<string>();

  function logOutcome(next: CatalogFolderStatus) {
    for (const plugin of next.registered) {
      if (plugin.change !== 'unchanged')
        log({
          level: 'info',
          msg: `plugin folder ${plugin.change}`,
          id: plugin.id,
          version: plugin.version,
          path: plugin.path,
        });
    }
    for (const id of next.removed) log({ level: 'info', msg: 'plugin folder removed', id });
    // A refusal is logged once until it changes, not on every rescan another file triggers.
    const current = new Set<string>();
    for (const refusal of next.refused) {
      const key = `${refusal.path}\n${refusal.message}\n${refusal.issues.map((issue) => issue.message).join('\n')}`;
      current.add(key);
      if (reported.has(key)) continue;
      log({
        level: 'warn',
        msg: 'plugin folder refused',
        path: refusal.path,
        code: refusal.code,
        reason: refusal.message,
        issues: refusal.issues.slice(0, 20).map((issue) => `${issue.path}: ${issue.message}`),
      });
    }
    reported.clear();
    for (const key of current) reported.add(key);
  }

  async function scanOnce(): Promise<void> {
    try {
      const result = await syncFolderCatalog(db, await scanPluginFolders(dirs));
      state = {
        ...state,
        ...result,
        scans: state.scans + 1,
        scannedAt: new Date().toISOString(),
        error: null,
      };
      logOutcome(state);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      state = { ...state, scans: state.scans + 1, scannedAt: new Date().toISOString(), error: message };
      log({ level: 'error', msg: 'plugin folder scan failed; the catalog is unchanged', error: message });
    }
  }

  let running: Promise<void> | undefined;
  let again: Promise<void> | undefined;
  function rescan(): Promise<void> {
    if (!running) {
      running = scanOnce().finally(() => {
        running = undefined;
      });
      return running;
    }
    // One scan waits behind the running one, whatever number of changes arrive meanwhile.
    again ??= running.then(() => {
      again = undefined;
      return rescan();
    });
    return again;
  }

  await rescan();
  let watcher: FSWatcher | undefined;
  if (options.watch ?? true) {
    watcher = watch(dirs, {
      ignoreInitial: true,
      // A plugin file sits in a folder or in its own sub-folder: nothing deeper matters.
      depth: 1,
      ignored: (path, info) => Boolean(info?.isFile() && !path.endsWith('.json')),
      // Editors write in steps; a file is read once it has stopped changing.
      awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
    });
    // Any change rescans every folder: a scan only reads small JSON files, and it keeps the logic in one place.
    const onChange = () => void rescan();
    watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    watcher.on('addDir', onChange).on('unlinkDir', onChange);
    watcher.on('error', (cause) =>
      log({ level: 'error', msg: 'plugin folder watcher failed', error: String(cause) }),
    );
    await new Promise<void>((ready) => watcher?.once('ready', () => ready()));
    state = { ...state, watching: true };
  }
  log({
    level: 'info',
    msg: 'plugin folders scanned',
    dirs,
    registered: state.registered.length,
    refused: state.refused.length,
    file: PLUGIN_FILE_NAME,
  });

  return {
    status: () => state,
    async rescan() {
      await rescan();
      return state;
    },
    async close() {
      await watcher?.close();
      state = { ...state, watching: false };
      await running;
      await again;
    },
  };
}
