import { COMMON_ICONS } from './generated/commonIcons';
import { ICON_STYLES, type IconStyle } from './iconStyles';

/** One shape of an icon, ready for an SVG <path>. */
export interface IconShape {
  d: string;
  opacity?: number;
  evenOdd?: boolean;
}

type IconTable = Readonly<Record<string, string>>;

/**
 * Where the browser finds one icon: `<base>/<style>/<file>.json`, a JSON string in the encoding below, beside
 * the chunk holding this module. The reference server and the Vite dev server answer them (server/http/
 * iconFiles.ts, scripts/viteIconFiles.ts), so a page downloads the icons it draws and nothing else. A host
 * that serves them elsewhere calls `configureIcons({ baseUrl })`.
 */
export const ICON_FOLDER = 'stac-icons/';

/** Icon file names are lower-case words, digits and underscores; anything else is never fetched. */
const ICON_FILE = /^[a-z0-9_]{1,64}$/;

const ready = new Map<string, IconShape[]>();
const pending = new Map<string, Promise<void>>();
const missing = new Set<string>();
const syncTables = new Map<IconStyle, IconTable | null>();
const listeners = new Set<() => void>();
let version = 0;

/** Tells every drawn icon that icon data changed (an icon's file, or the embed's Cupertino names, came). */
export function publish(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/**
 * The folder of the icon files. In an ES module build that is beside this chunk (`import.meta.url`); in
 * the IIFE embed, where `import.meta` is empty, beside the script that is running while it loads.
 */
function defaultBaseUrl(): string | null {
  const moduleUrl = (import.meta as { url?: string }).url;
  if (typeof moduleUrl === 'string' && /^https?:/.test(moduleUrl))
    return new URL(ICON_FOLDER, moduleUrl).href;
  const script = typeof document === 'undefined' ? null : (document.currentScript as { src?: string } | null);
  if (script?.src) return new URL(ICON_FOLDER, script.src).href;
  return null;
}

let baseUrl: string | null = defaultBaseUrl();
let readLocalFiles = true;

export interface IconSourceOptions {
  /** The folder of the icon files (absolute, or relative to the page); `null` restores the default. */
  baseUrl?: string | null;
  /** In Node, read whole styles from the generated JSON (default true); false fetches as a browser does. */
  localFiles?: boolean;
}

/** Where icons come from, for hosts that serve the icon files elsewhere (a CDN) and for tests. */
export function configureIcons(options: IconSourceOptions): void {
  if (options.baseUrl !== undefined) {
    const url = options.baseUrl;
    baseUrl =
      url === null
        ? defaultBaseUrl()
        : new URL(url.endsWith('/') ? url : `${url}/`, globalThis.location?.href).href;
  }
  if (options.localFiles !== undefined) readLocalFiles = options.localFiles;
}

interface NodeFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
}

/**
 * In Node (SSR, tests) a whole style is read synchronously from the generated JSON next to this module, so
 * server rendering draws icons in one pass. `process.getBuiltinModule` keeps `fs` out of the browser
 * bundle; the URL is built from a variable so bundlers do not copy the JSON as an asset.
 */
function syncTableOf(style: IconStyle): IconTable | null {
  if (syncTables.has(style)) return syncTables.get(style) ?? null;
  let table: IconTable | null = null;
  const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = processLike?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  const moduleUrl = (import.meta as { url?: string }).url;
  if (fs && typeof moduleUrl === 'string' && moduleUrl.startsWith('file:')) {
    try {
      table = JSON.parse(fs.readFileSync(new URL(`generated/${style}.json`, moduleUrl), 'utf8')) as IconTable;
    } catch {
      table = null;
    }
  }
  syncTables.set(style, table);
  return table;
}

function decode(encoded: string): IconShape[] {
  return encoded.split('|').map((part) => {
    const shape: IconShape = { d: part };
    let rest = part;
    for (;;) {
      const match = /^([a-z])=([^;]*);/.exec(rest);
      if (!match) break;
      if (match[1] === 'o') shape.opacity = Number(match[2]);
      if (match[1] === 'r') shape.evenOdd = match[2] === 'e';
      rest = rest.slice(match[0].length);
    }
    shape.d = rest;
    return shape;
  });
}

export type IconLookup =
  { status: 'ready'; shapes: IconShape[] } | { status: 'loading' } | { status: 'unknown' };

const UNKNOWN: IconLookup = { status: 'unknown' };
const LOADING: IconLookup = { status: 'loading' };

/** The shapes of an icon if they are at hand; `loading` means call loadIcon and wait for a change. */
export function lookupIcon(style: IconStyle, file: string): IconLookup {
  const key = `${style}/${file}`;
  const shapes = ready.get(key);
  if (shapes) return { status: 'ready', shapes };
  const common = COMMON_ICONS[key];
  if (common) {
    const decoded = decode(common);
    ready.set(key, decoded);
    return { status: 'ready', shapes: decoded };
  }
  if (missing.has(key) || !ICON_FILE.test(file)) return UNKNOWN;
  const table = readLocalFiles ? syncTableOf(style) : null;
  if (table) {
    const encoded = Object.hasOwn(table, file) ? table[file] : undefined;
    if (!encoded) return UNKNOWN;
    const decoded = decode(encoded);
    ready.set(key, decoded);
    return { status: 'ready', shapes: decoded };
  }
  return baseUrl ? LOADING : UNKNOWN;
}

/** Fetches one icon's file (once). Resolves when it can be drawn or is known to be missing; never rejects. */
export function loadIcon(style: IconStyle, file: string): Promise<void> {
  const key = `${style}/${file}`;
  if (ready.has(key) || missing.has(key)) return Promise.resolve();
  const inFlight = pending.get(key);
  if (inFlight) return inFlight;
  if (!ICON_STYLES.includes(style) || !ICON_FILE.test(file) || !baseUrl) {
    missing.add(key);
    return Promise.resolve();
  }
  const url = new URL(`${style}/${file}.json`, baseUrl).href;
  const promise = fetch(url, { credentials: 'same-origin' })
    .then(async (response) => {
      const encoded: unknown = response.ok ? await response.json() : null;
      if (typeof encoded === 'string' && encoded.length > 0) ready.set(key, decode(encoded));
      else missing.add(key);
    })
    .catch(() => {
      missing.add(key);
    })
    .finally(() => {
      pending.delete(key);
      publish();
    });
  pending.set(key, promise);
  return promise;
}

export function subscribeToIconData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function iconDataVersion(): number {
  return version;
}
