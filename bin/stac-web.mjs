#!/usr/bin/env node
// Plain JS entry of the `stac-web` command: loads the TypeScript CLI through tsx, so it runs from a
// checkout (`npx stac-web ...`) without a build step.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// The project's tsconfig, named explicitly: tsx would otherwise look for one in the caller's folder, and
// without it JSX compiles to the classic runtime and `render` fails with "React is not defined".
const load = (path) =>
  tsImport(path, {
    parentURL: import.meta.url,
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
  });
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
const [command, ...rest] = process.argv.slice(2);
// `scan` reads plugin folders as the server does, so it lives with the server (src/ never imports server/).
const exitCode =
  command === 'scan'
    ? await (await load('../server/cli/scan.ts')).scanCommand(rest, io)
    : await (await load('../src/cli/index.ts')).runCli(process.argv.slice(2), io);
process.exitCode = exitCode;
