#!/usr/bin/env node
// `npm test`: every test of the project, in order of speed. Prints one closing line `N passed, N failed`.
//  1. typecheck, lint (with the layer rules) and the import-cycle check (static checks)
//  2. unit, component and server tests (vitest: jsdom + node projects)
//  3. end-to-end tests in real Chromium, and the Storybook smoke test (skipped with a clear message when
//     Chromium is missing: install it with `apt-get install -y chromium`, or set STAC_WEB_CHROMIUM)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { summarizeVitestReport } from './vitestReport.mjs';
import { findPostgresBin, POSTGRES_MISSING } from './postgres.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
const brokenFiles = []; // test files that failed without a failed test: they did not load
const failedTests = []; // named again at the end, where a CI page that keeps only the tail shows them

function step(title, cmd, args, { env } = {}) {
  process.stdout.write(`\n=== ${title}\n`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds}s\n`);
  if (result.status !== 0) problems.push(title);
  return result.status === 0;
}

function countVitest(file, title) {
  if (!existsSync(file)) {
    failed += 1;
    problems.push(`${title} (no report written)`);
    return;
  }
  const summary = summarizeVitestReport(JSON.parse(readFileSync(file, 'utf8')), process.cwd());
  passed += summary.passed;
  failed += summary.failed;
  skipped += summary.skipped;
  brokenFiles.push(...summary.brokenFiles);
  failedTests.push(...summary.failedTests);
}

mkdirSync('test-results', { recursive: true });
const only = process.argv[2]; // optional: static | unit | e2e

if (!only || only === 'static') {
  if (step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])) passed += 1;
  else failed += 1;
  if (step('lint', bin('eslint'), ['.', '--max-warnings=0'])) passed += 1;
  else failed += 1;
  // Any import cycle between modules fails (the layer rules themselves are lint rules).
  if (step('import cycles', 'node', ['scripts/check-cycles.mjs'])) passed += 1;
  else failed += 1;
}

if (!only || only === 'unit') {
  rmSync('test-results/unit.json', { force: true });
  // The server tests run twice: on SQLite (project `node`) and on a throwaway PostgreSQL (`node-postgres`).
  const postgres = findPostgresBin();
  if (!postgres) process.stdout.write(`\n=== server tests on PostgreSQL: SKIPPED. ${POSTGRES_MISSING}\n`);
  const projects = postgres ? [] : ['--project', 'dom', '--project', 'node'];
  step('unit, component and server tests (SQLite and PostgreSQL)', bin('vitest'), [
    'run',
    ...projects,
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ]);
  countVitest('test-results/unit.json', 'unit, component and server tests');
}

if (!only || only === 'e2e') {
  const chromium = findChromium();
  if (!chromium) {
    process.stdout.write(
      '\n=== end-to-end, in-browser layout and Storybook tests: SKIPPED, no Chromium found.\n' +
        '    Install it with `apt-get install -y chromium` (Debian) or set STAC_WEB_CHROMIUM=/path/to/chromium.\n',
    );
  } else {
    rmSync('test-results/e2e.json', { force: true });
    step(
      `end-to-end tests in ${chromium}`,
      bin('vitest'),
      [
        'run',
        '--config',
        'vitest.e2e.config.ts',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=test-results/e2e.json',
      ],
      { env: { STAC_WEB_CHROMIUM: chromium } },
    );
    countVitest('test-results/e2e.json', 'end-to-end tests');
  }
}

process.stdout.write('\n');
if (problems.length) process.stdout.write(`failed steps: ${problems.join(', ')}\n`);
if (failedTests.length) {
  process.stdout.write('failed tests:\n');
  for (const { file, test, message } of failedTests)
    process.stdout.write(`  ${file} > ${test}\n      ${message}\n`);
}
if (brokenFiles.length) {
  process.stdout.write('test files that failed without a failed test, each counted as 1 failed:\n');
  for (const { file, message } of brokenFiles) process.stdout.write(`  ${file}: ${message}\n`);
}
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(problems.length || failed ? 1 : 0);
