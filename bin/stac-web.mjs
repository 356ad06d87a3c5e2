#!/usr/bin/env node
// Plain JS entry of the `stac-web` command: loads the TypeScript CLI through tsx, so it runs from a
// checkout (`npx stac-web ...`) without a build step.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// The project's tsconfig, named explicitly: tsx would otherwise look for one in the caller's folder, and
// without it JSX compiles to the classic runtime and `render` fails with "React is not defined".
const { runCli } = await tsImport('../src/cli/index.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
});
const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = exitCode;
