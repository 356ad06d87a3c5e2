#!/usr/bin/env node
// Plain JS entry of the `stac-web` command: loads the TypeScript CLI through tsx, so it runs from a
// checkout (`npx stac-web ...`) without a build step.
import { tsImport } from 'tsx/esm/api';

const { runCli } = await tsImport('../src/cli/index.ts', import.meta.url);
const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = exitCode;
