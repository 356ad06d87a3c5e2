#!/usr/bin/env node
// `npm start`: builds what is missing or stale, then runs the reference server (API + SPA) in a child
// process and forwards signals to it. Plain Node on purpose: it must run before anything is built.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const skipBuild = process.env.STAC_WEB_SKIP_BUILD === '1';

/** Newest modification time under the given files and folders (0 if none exist). */
function newestMtime(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    if (stats.isFile()) {
      newest = Math.max(newest, stats.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile())
        newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function run(args, label) {
  return new Promise((resolve, reject) => {
    process.stdout.write(`> ${label}\n`);
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'vite.embed.config.ts', 'package.json'].map(
  (path) => join(root, path),
);

async function buildIfNeeded() {
  const builtAt = existsSync(join(root, 'dist', 'index.html'))
    ? statSync(join(root, 'dist', 'index.html')).mtimeMs
    : 0;
  const appStale = builtAt === 0 || newestMtime(sources) > builtAt;
  if (appStale)
    await run(
      [vite, 'build', '--logLevel', 'warn'],
      builtAt === 0 ? 'vite build (dist/ is missing)' : 'vite build (sources changed)',
    );

  const embedConfig = join(root, 'vite.embed.config.ts');
  if (existsSync(embedConfig)) {
    // The embed build writes dist/embed/, which `vite build` empties: rebuild it after every app build.
    const embedDir = join(root, 'dist', 'embed');
    const embedBuiltAt = existsSync(embedDir) ? newestMtime([embedDir]) : 0;
    if (appStale || embedBuiltAt === 0 || newestMtime([...sources, embedConfig]) > embedBuiltAt) {
      await run(
        [vite, 'build', '-c', 'vite.embed.config.ts', '--logLevel', 'warn'],
        'vite build -c vite.embed.config.ts',
      );
    }
  }
}

try {
  if (!skipBuild) await buildIfNeeded();
} catch (error) {
  process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

// tsx as a loader keeps a single child process, so signals reach the server itself.
const server = spawn(process.execPath, ['--import', 'tsx', join('server', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
