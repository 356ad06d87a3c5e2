#!/usr/bin/env node
// Fails when any module of src/, server/, mocks/ or scripts/ takes part in an import cycle (type-only imports count:
// a cycle of types is still two folders that cannot be read one at a time). Uses dpdm's own resolver.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dpdm = fileURLToPath(new URL('../node_modules/.bin/dpdm', import.meta.url));

const globs = ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'mocks/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bin/*.mjs'];
const result = spawnSync(
  dpdm,
  ['--no-tree', '--no-warning', '--no-progress', '--circular', '--exit-code', 'circular:1', ...globs],
  { stdio: 'inherit' },
);
if (result.status !== 0) {
  process.stderr.write(
    '\nImport cycle found (listed above). Break it by moving the shared piece (often a type) down a layer; ' +
      'see docs/architecture.md.\n',
  );
}
process.exit(result.status ?? 1);
