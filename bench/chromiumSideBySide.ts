/**
 * stac-web against json-render in Debian's Chromium: bundles bench/chromium/page.ts with production React
 * (Vite, into a temporary folder), serves it from 127.0.0.1 cross-origin isolated (COOP and COEP headers,
 * so that `performance.now` ticks in 5 us instead of 100 us) and runs the interleaved rounds there.
 * `npx tsx bench/chromiumSideBySide.ts [sizes]`; STAC_WEB_CHROMIUM picks the browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { formatFixedCost, formatResults } from './shop/report';
import { CPU_TRACE_CATEGORIES, formatCpuTrace, type TraceEvent } from './chromium/cpuTrace';
import type { FixedCost, ScenarioResult } from './shop/sideBySide';

interface PageBench {
  isolated(): boolean;
  markFirstRenders(size: number, rounds?: number): Promise<void>;
  measureSize(size: number, rounds?: number): Promise<ScenarioResult[]>;
  measureFixedCost(rounds: number): Promise<FixedCost>;
}

/** Serves the bench page and its script with the headers that make the page cross-origin isolated. */
async function servePage(html: string, script: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, reply) => {
    const isScript = request.url === '/bench.js';
    reply.writeHead(isScript || request.url === '/' ? 200 : 404, {
      'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    reply.end(isScript ? script : request.url === '/' ? html : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
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
  const { server, url } = await servePage(
    `<!doctype html><html><head><style>${css.join('\n')}</style></head>` +
      `<body><script src="/bench.js"></script></body></html>`,
    script,
  );
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    const isolated = await page.evaluate(() =>
      (window as unknown as { stacBench: PageBench }).stacBench.isolated(),
    );
    console.log(
      isolated
        ? '\nChromium: the page is cross-origin isolated (performance.now in 5 us steps).'
        : '\nChromium: the page is NOT cross-origin isolated: performance.now ticks in 100 us steps.',
    );
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
    if (process.env.STAC_BENCH_CLOCK === 'cpu') {
      // Apart from the timed runs above, which the trace would slow: each first render again, traced.
      const devtools = await page.context().newCDPSession(page);
      const events: TraceEvent[] = [];
      devtools.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      const complete = new Promise<void>((resolve) =>
        devtools.once('Tracing.tracingComplete', () => resolve()),
      );
      await devtools.send('Tracing.start', {
        categories: CPU_TRACE_CATEGORIES,
        transferMode: 'ReportEvents',
      });
      for (const size of sizes) {
        await page.evaluate(
          ([s, r]) => (window as unknown as { stacBench: PageBench }).stacBench.markFirstRenders(s, r),
          [size, rounds] as const,
        );
      }
      await devtools.send('Tracing.end');
      await complete;
      console.log(formatCpuTrace(events, sizes));
    }
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
