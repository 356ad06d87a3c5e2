import { existsSync } from 'node:fs';
/**
 * A Vite plugin that writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build,
 * so the server sends compressed bytes without compressing on each request (it picks the copy the
 * browser's Accept-Encoding allows, see server/http/staticSite.ts). Files under 1 KB, and copies that
 * would not be smaller, are skipped: a tiny file costs more in headers than it saves.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TEXT_FILE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
const MIN_BYTES = 1024;
// Brotli's top quality saves another 7% over quality 9 but costs ten times the CPU; above 2 MB (only the
// IIFE embed build, which carries every icon style) the build would wait for it too long.
const MAX_QUALITY_UP_TO_BYTES = 2 * 1024 * 1024;

/** @param {string} dir @returns {Promise<string[]>} */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Compresses one file; returns how many copies were written. */
/** @param {string} path @returns {Promise<number>} */
export async function precompressFile(path) {
  const source = await readFile(path);
  if (source.length < MIN_BYTES) return 0;
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]:
          source.length <= MAX_QUALITY_UP_TO_BYTES ? constants.BROTLI_MAX_QUALITY : 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  let written = 0;
  if (br.length < source.length) {
    await writeFile(`${path}.br`, br);
    written += 1;
  }
  if (gz.length < source.length) {
    await writeFile(`${path}.gz`, gz);
    written += 1;
  }
  return written;
}

/** Every text file under `dir` that has no up-to-date compressed copies yet; zlib works on its own threads. */
/** @param {string} dir @returns {Promise<number>} */
export async function precompressDirectory(dir) {
  const files = (await listFiles(dir)).filter((file) => TEXT_FILE.test(file));
  const stale = async (/** @type {string} */ file) => {
    const copy = await stat(`${file}.br`).catch(() => undefined);
    return !copy || copy.mtimeMs < (await stat(file)).mtimeMs;
  };
  const todo = (await Promise.all(files.map(async (file) => ((await stale(file)) ? file : '')))).filter(
    Boolean,
  );
  const counts = await Promise.all(todo.map(precompressFile));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** @returns {import('vite').Plugin} */
export function precompressAssets() {
  /** @type {import('vite').ResolvedConfig} */
  let config;
  return {
    name: 'stac-web:precompress-assets',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      // resolve, not join: outDir may be absolute (the bundle-size check builds into a temporary folder).
      const outDir = resolve(config.root, config.build.outDir);
      // Storybook builds through this config into a folder of its own and may not have written it yet.
      if (!existsSync(outDir)) return;
      const started = Date.now();
      const written = await precompressDirectory(outDir);
      config.logger.info(`precompressed: ${written} .br/.gz files in ${Date.now() - started} ms`);
    },
  };
}
