/**
 * Loads a benchmark module the way json-render reaches it: built (Vite, production, minified) rather than
 * transformed file by file by tsx. json-render comes from npm already built; running stac-web's source
 * through tsx instead (esbuild's per-file transform with its `__name` wrappers around named functions)
 * cost stac-web 2-6% in the jsdom run. Both sides now run built code; the packages (React, jsdom,
 * json-render) stay external, so each renderer uses the one copy Node loads.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function importBuilt<T>(entry: URL): Promise<T> {
  // Inside the repository, so that the built file resolves React and json-render from node_modules.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'stac-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        ssr: fileURLToPath(entry),
        outDir,
        emptyOutDir: true,
        minify: true,
        rolldownOptions: { output: { entryFileNames: 'bench.mjs' } },
      },
    });
    return (await import(pathToFileURL(join(outDir, 'bench.mjs')).href)) as T;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
