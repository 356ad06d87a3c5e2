import { COMMON_ICONS } from './generated/commonIcons';
import { ICON_STYLES, type IconStyle } from './iconStyles';

/** One shape of an icon, ready for an SVG <path>. */
export interface IconShape {
  d: string;
  opacity?: number;
  evenOdd?: boolean;
}

type IconTable = Readonly<Record<string, string>>;

// Each style is its own chunk in the browser build: only the styles a document uses are fetched, and
// never from a third-party host.
const STYLE_LOADERS: Record<IconStyle, () => Promise<{ default: unknown }>> = {
  filled: () => import('./generated/filled.json'),
  outlined: () => import('./generated/outlined.json'),
  round: () => import('./generated/round.json'),
  sharp: () => import('./generated/sharp.json'),
  'two-tone': () => import('./generated/two-tone.json'),
};

const loadedStyles = new Map<IconStyle, IconTable>();
const pendingStyles = new Map<IconStyle, Promise<void>>();
const failedStyles = new Set<IconStyle>();
const listeners = new Set<() => void>();
let version = 0;

function publish(): void {
  version += 1;
  for (const listener of listeners) listener();
}

interface NodeFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
}

/**
 * In Node (SSR, tests) a style is read synchronously from the generated JSON next to this module, so
 * server rendering draws icons in one pass. `process.getBuiltinModule` keeps `fs` out of the browser
 * bundle; the URL is built from a variable so bundlers do not copy the JSON as an asset.
 */
function loadStyleSynchronously(style: IconStyle): boolean {
  const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = processLike?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  const moduleUrl: string = import.meta.url;
  if (!fs || !moduleUrl.startsWith('file:')) return false;
  try {
    const table = JSON.parse(
      fs.readFileSync(new URL(`generated/${style}.json`, moduleUrl), 'utf8'),
    ) as IconTable;
    loadedStyles.set(style, table);
    return true;
  } catch {
    return false;
  }
}

function tableOf(style: IconStyle): IconTable | undefined {
  const table = loadedStyles.get(style);
  if (table) return table;
  if (!failedStyles.has(style) && loadStyleSynchronously(style)) return loadedStyles.get(style);
  return undefined;
}

/** Fetches a style's chunk (once). Resolves when its icons can be drawn; never rejects. */
export function loadIconStyle(style: IconStyle): Promise<void> {
  if (loadedStyles.has(style)) return Promise.resolve();
  const pending = pendingStyles.get(style);
  if (pending) return pending;
  const promise = STYLE_LOADERS[style]()
    .then((module) => {
      loadedStyles.set(style, module.default as IconTable);
    })
    .catch(() => {
      failedStyles.add(style);
    })
    .finally(() => {
      pendingStyles.delete(style);
      publish();
    });
  pendingStyles.set(style, promise);
  return promise;
}

/** Loads every style, e.g. before a bundled server renders without file access. */
export function preloadIconStyles(styles: readonly IconStyle[] = ICON_STYLES): Promise<void> {
  return Promise.all(styles.map(loadIconStyle)).then(() => undefined);
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

/** The shapes of an icon if its style is at hand; `loading` means call loadIconStyle and wait. */
export function lookupIcon(style: IconStyle, file: string): IconLookup {
  const common = COMMON_ICONS[`${style}/${file}`];
  if (common) return { status: 'ready', shapes: decode(common) };
  const table = tableOf(style);
  if (!table) return failedStyles.has(style) ? { status: 'unknown' } : { status: 'loading' };
  const encoded = Object.hasOwn(table, file) ? table[file] : undefined;
  return encoded ? { status: 'ready', shapes: decode(encoded) } : { status: 'unknown' };
}

export function subscribeToIconData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function iconDataVersion(): number {
  return version;
}
