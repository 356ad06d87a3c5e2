/**
 * Vite plugin for the icon files (`stac-icons/<style>/<file>.json`, one Material icon each) that the
 * renderer fetches beside the chunk holding src/renderer/icons/iconData.ts. The dev server answers them
 * from memory, as the reference server does (server/http/iconFiles.ts), so the app and embed builds write
 * none. A static build that no server of ours will serve (Storybook's) gets them written as files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Plugin } from 'vite';
import { ICON_FILE_URL, ICON_STYLES, iconFileBody, iconTable } from '../server/http/iconFiles.ts';

const FOLDER = 'stac-icons';
const ICON_MODULE = /src[\\/]renderer[\\/]icons[\\/]iconData\.ts$/;

export function iconFiles(): Plugin {
  let folder: string | null = null;
  let writeFiles = false;
  return {
    name: 'stac-icon-files',
    configResolved(config) {
      writeFiles =
        config.command === 'build' && config.plugins.some((plugin) => plugin.name.startsWith('storybook'));
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = ICON_FILE_URL.exec((request.url ?? '').split('?')[0]);
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
      if (!writeFiles || !folder || !options.dir) return;
      for (const style of ICON_STYLES) {
        const target = join(options.dir, folder, style);
        mkdirSync(target, { recursive: true });
        for (const [file, encoded] of Object.entries(iconTable(style) ?? {})) {
          writeFileSync(join(target, `${file}.json`), JSON.stringify(encoded));
        }
      }
    },
  };
}
