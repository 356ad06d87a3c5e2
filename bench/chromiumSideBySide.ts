/**
 * stac-web against json-render in Debian's Chromium: bundles bench/chromium/page.ts with production React
 * (Vite, into a temporary folder), loads it into a blank page and runs the interleaved rounds there.
 * `npx tsx bench/chromiumSideBySide.ts [sizes]`; STAC_WEB_CHROMIUM picks the browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { formatFixedCost, formatResults } from './shop/report';
import type { FixedCost, ScenarioResult } from './shop/sideBySide';

interface PageBench {
  measureSize(size: number, rounds?: number): ScenarioResult[];
  measureFixedCost(rounds: number): FixedCost;
}

const executablePath = findChromium();
if (!executablePath) {
  console.log(
    '\nChromium: skipped, no browser found (apt-get install -y chromium, or set STAC_WEB_CHROMIUM).',
  );
  process.exit(0);
}

const rounds = Number(process.env.STAC_BENCH_ROUNDS) || undefined;
const sizes = (process.argv[2] ?? '100,1000,10000').split(',').map(Number);
const workDir = mkdtempSync(join(tmpdir(), 'stac-bench-'));
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('..', import.meta.url)),
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: workDir,
      emptyOutDir: true,
      minify: true,
      // iconData reads import.meta.url only on Node's synchronous path; the IIFE never takes it.
      rolldownOptions: { checks: { emptyImportMeta: false } },
      lib: {
        entry: fileURLToPath(new URL('chromium/page.ts', import.meta.url)),
        name: 'StacBench',
        formats: ['iife'],
        fileName: () => 'bench.js',
      },
    },
  });
  const script = readFileSync(join(workDir, 'bench.js'), 'utf8');
  const css = ['bench.css', 'style.css'].map((name) => {
    try {
      return readFileSync(join(workDir, name), 'utf8');
    } catch {
      return '';
    }
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(
      `<!doctype html><html><head><style>${css.join('\n')}</style></head><body></body></html>`,
    );
    await page.addScriptTag({ content: script });
    const results: ScenarioResult[] = [];
    for (const size of sizes) {
      results.push(
        ...(await page.evaluate(
          ([s, r]) => (window as unknown as { stacBench: PageBench }).stacBench.measureSize(s, r),
          [size, rounds] as const,
        )),
      );
    }
    const version = browser.version();
    console.log(
      formatResults(
        `Chromium ${version}, production React: first render (with layout) and update, medians`,
        results,
      ),
    );
    const fixed = await page.evaluate(() =>
      (window as unknown as { stacBench: PageBench }).stacBench.measureFixedCost(21),
    );
    console.log(formatFixedCost('Chromium fixed cost of a view', fixed));
  } finally {
    await browser.close();
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
