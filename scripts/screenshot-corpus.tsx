/**
 * Visual review of the corpus: server-renders every document under test/fixtures/corpus with
 * renderStacToString (initial state only, no client script), opens each page in Debian's Chromium and
 * writes one PNG per document plus contact sheets of four to test-results/corpus-screenshots/.
 *
 *   npx tsx scripts/screenshot-corpus.tsx [--dark] [--out=<folder>] [name-filter ...]
 *
 * Not a test: a person looks at the pictures. Images from the network do not load (closed network).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { renderStacToString, stacStylesheetHtml } from '../src/renderer/ssr';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'test/fixtures/corpus');
const args = process.argv.slice(2);
const outArg = args.find((arg) => arg.startsWith('--out='));
const OUT = outArg
  ? resolve(outArg.slice('--out='.length))
  : join(ROOT, 'test-results', 'corpus-screenshots');
const dark = args.includes('--dark');
const filters = args.filter((arg) => !arg.startsWith('--'));

interface Page {
  name: string;
  file: string;
}

function renderPages(): Page[] {
  mkdirSync(OUT, { recursive: true });
  const pages: Page[] = [];
  for (const folder of ['stac', 'invenicum']) {
    for (const entry of readdirSync(join(CORPUS, folder)).filter((file) => file.endsWith('.json'))) {
      const name = `${folder}__${entry.replace(/\.json$/, '')}`;
      if (filters.length > 0 && !filters.some((filter) => name.includes(filter))) continue;
      const json = JSON.parse(readFileSync(join(CORPUS, folder, entry), 'utf8')) as Record<string, unknown>;
      const document = folder === 'invenicum' ? json.ui : json;
      let body: string;
      try {
        body = renderStacToString(document, {
          theme: dark ? 'dark' : 'light',
          // A host that gives the plugin a phone-sized screen.
          style: { height: '100%' },
          scope: { asset: { id: 7, name: 'Drill' }, user: { name: 'Ana' } },
        });
      } catch (error) {
        body = `<pre>${String(error).replace(/</g, '&lt;')}</pre>`;
      }
      const file = join(OUT, `${name}.html`);
      writeFileSync(
        file,
        `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}</style>${stacStylesheetHtml()}</head>` +
          `<body><div style="width:400px;height:800px;overflow:auto;outline:1px solid #ccc">${body}</div></body></html>`,
      );
      pages.push({ name, file });
    }
  }
  return pages;
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium at /usr/bin/chromium (set STAC_WEB_CHROMIUM)');
  const pages = renderPages();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage({ viewport: { width: 400, height: 800 } });
    for (const { name, file } of pages) {
      await tab.goto(`file://${file}`);
      await tab.screenshot({ path: join(OUT, `${name}.png`) });
    }
    const sheet = await browser.newPage({ viewport: { width: 1640, height: 840 } });
    for (let index = 0; index < pages.length; index += 4) {
      const group = pages.slice(index, index + 4);
      const frames = group
        .map(({ name }) => `<div><div style="font:12px monospace">${name}</div><img src="${name}.png"></div>`)
        .join('');
      const sheetFile = join(OUT, `sheet-${String(index / 4).padStart(2, '0')}.html`);
      writeFileSync(sheetFile, `<body style="margin:0;display:flex;gap:4px">${frames}</body>`);
      await sheet.goto(`file://${sheetFile}`);
      await sheet.screenshot({ path: sheetFile.replace(/\.html$/, '.png') });
    }
    console.log(`${pages.length} documents -> ${OUT}`);
  } finally {
    await browser.close();
  }
}

await main();
