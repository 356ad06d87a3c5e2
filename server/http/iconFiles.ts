/**
 * One Material icon per request: `<any prefix>/stac-icons/<style>/<file>.json` answers the icon's encoded
 * shapes as a JSON string (src/renderer/icons/iconData.ts fetches it beside its own chunk, so the app asks
 * under /assets/ and the embed under /embed/). Read from the generated style tables once, in memory: the
 * build writes no 10,610 small files, and a page downloads only the icons it draws.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

export const ICON_STYLES = ['filled', 'outlined', 'round', 'sharp', 'two-tone'] as const;
export const ICON_FILE_URL = /\/stac-icons\/([a-z-]{1,16})\/([a-z0-9_]{1,64})\.json$/;

const GENERATED = 'src/renderer/icons/generated';
// A path, not `new URL(...)`: under Vitest's jsdom environment the global URL is jsdom's.
const generated = import.meta.url.startsWith('file:')
  ? join(dirname(fileURLToPath(import.meta.url)), '..', '..', GENERATED)
  : join(process.cwd(), GENERATED);

type IconTable = Record<string, string>;
const tables = new Map<string, IconTable>();

export function iconTable(style: string): IconTable | undefined {
  if (!(ICON_STYLES as readonly string[]).includes(style)) return undefined;
  let table = tables.get(style);
  if (!table) {
    table = JSON.parse(readFileSync(join(generated, `${style}.json`), 'utf8')) as IconTable;
    tables.set(style, table);
  }
  return table;
}

/** The body of one icon's file, or undefined when there is no such icon. */
export function iconFileBody(style: string, file: string): string | undefined {
  const table = iconTable(style);
  return table && Object.hasOwn(table, file) ? JSON.stringify(table[file]) : undefined;
}

/** Answers icon file requests; anything else goes on. Icons change only with the icon package: cache a day. */
export function iconFiles(): MiddlewareHandler {
  return async (c, next) => {
    const match = c.req.method === 'GET' || c.req.method === 'HEAD' ? ICON_FILE_URL.exec(c.req.path) : null;
    if (!match) return next();
    const body = iconFileBody(match[1], match[2]);
    if (!body)
      return c.json({ code: 'NOT_FOUND', message: `There is no icon ${match[1]}/${match[2]}.` }, 404);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  };
}
