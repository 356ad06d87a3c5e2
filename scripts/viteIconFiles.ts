/**
 * Vite plugin: one file per Material icon (`stac-icons/<style>/<file>.json`, a JSON string of its encoded
 * shapes), written beside the chunk that holds src/renderer/icons/iconData.ts, and served by the dev
 * server. The renderer fetches an icon's file the first time a view draws it, so a page downloads only
 * the icons it uses instead of a whole style (2,122 icons, about 200 KB gzip each).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ICON_STYLES = ['filled', 'outlined', 'round', 'sharp', 'two-tone'] as const;
const FOLDER = 'stac-icons';
const GENERATED = 'src/renderer/icons/generated/';
// A path, not `new URL(...)`: under Vitest's jsdom environment the global URL is jsdom's.
const generated = import.meta.url.startsWith('file:')
  ? join(dirname(fileURLToPath(import.meta.url)), '..', GENERATED)
  : join(process.cwd(), GENERATED);
const ICON_MODULE = /src[\\/]renderer[\\/]icons[\\/]iconData\.ts$/;
const ICON_URL = /\/stac-icons\/([a-z-]+)\/([a-z0-9_]{1,64})\.json$/;

type IconTable = Record<string, string>;
const tables = new Map<string, IconTable>();

function tableOf(style: string): IconTable | undefined {
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
  const table = tableOf(style);
  return table && Object.hasOwn(table, file) ? JSON.stringify(table[file]) : undefined;
}

export function iconFiles(): Plugin {
  let folder: string | null = null;
  return {
    name: 'stac-icon-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = ICON_URL.exec((request.url ?? '').split('?')[0]);
        if (!match) return next();
        const body = iconFileBody(match[1], match[2]);
        response.statusCode = body ? 200 : 404;
        response.setHeader('Content-Type', 'application/json');
        response.end(body ?? '"not found"');
      });
    },
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find(
        (output) => output.type === 'chunk' && output.moduleIds.some((id) => ICON_MODULE.test(id)),
      );
      folder = chunk ? posix.join(dirname(chunk.fileName), FOLDER) : null;
    },
    // Written directly rather than emitted: 10,610 files would each get a line in Vite's build report.
    writeBundle(options) {
      if (!folder || !options.dir) return;
      for (const style of ICON_STYLES) {
        const target = join(options.dir, folder, style);
        mkdirSync(target, { recursive: true });
        for (const [file, encoded] of Object.entries(tableOf(style) ?? {})) {
          writeFileSync(join(target, `${file}.json`), JSON.stringify(encoded));
        }
      }
    },
  };
}
