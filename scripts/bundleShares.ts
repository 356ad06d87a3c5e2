/**
 * Where the gzip bytes of each browser bundle go, per source folder or npm package, read from the build's
 * source maps: every generated character is attributed to the source its mapping names, the characters of
 * each group are gzipped on their own, and the group sizes are scaled so that they add up to the bundle's
 * real gzip size (gzip of a part alone slightly overstates it: the parts share a dictionary when together).
 *
 *   npm run bundle:shares                 # embed ES module, IIFE embed, the app's first page
 *   npm run bundle:shares -- --depth 3    # src/renderer/widgets/text instead of src/renderer/widgets
 *   npm run bundle:shares -- --json       # the same figures as JSON
 *
 * Not a test: the figures go into the README's bundle paragraph and commit messages (scripts/bundleSizes.ts
 * holds the enforced totals).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { buildBundles, gzipSize, kb, measureBuilt } from './bundleSizes';

const ROOT = fileURLToPath(new URL('..', import.meta.url).href);

export interface RawSourceMap {
  sources: (string | null)[];
  sourceRoot?: string;
  mappings: string;
}

/** Bytes not covered by any mapping: the bundler's glue between modules, mostly. */
export const UNMAPPED = '(unmapped)';

/**
 * The group of a source file: the npm package it comes from (`@tanstack/query-core`, `zod`), the folder of
 * the project it sits in down to `depth` folders below the top one (`src/renderer/widgets` at depth 2; a
 * file directly in `src/renderer` counts as `src/renderer`), or `(bundler)` for the bundler's own helpers.
 */
export function groupOfSource(source: string, root: string, depth = 2): string {
  const normalized = source.split(sep).join('/');
  const packageAt = normalized.lastIndexOf('/node_modules/');
  if (packageAt !== -1) {
    const parts = normalized.slice(packageAt + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const inRoot = relative(root, source).split(sep).join('/');
  if (inRoot.startsWith('..') || inRoot.startsWith('/') || normalized.includes('\0')) return '(bundler)';
  const folders = inRoot.split('/').slice(0, -1);
  return folders.length === 0 ? inRoot : folders.slice(0, depth + 1).join('/');
}

/**
 * The generated text of one bundle file split by group: each mapping segment covers the generated characters
 * from its column up to the next segment's (or the line's end); the newlines go to the unmapped glue.
 */
export function textByGroup(
  code: string,
  map: RawSourceMap,
  groupOf: (sourceIndex: number) => string,
): Map<string, string> {
  const pieces = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (!text) return;
    const list = pieces.get(group);
    if (list) list.push(text);
    else pieces.set(group, [text]);
  };
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  lines.forEach((line, index) => {
    const segments = decoded[index] ?? [];
    add(UNMAPPED, line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach((segment, at) => {
      const end = segments[at + 1]?.[0] ?? line.length;
      add(segment.length === 1 ? UNMAPPED : groupOf(segment[1]), line.slice(segment[0], end));
    });
    if (index < lines.length - 1) add(UNMAPPED, '\n');
  });
  return new Map([...pieces].map(([group, list]) => [group, list.join('')]));
}

export interface Share {
  group: string;
  /** Gzip bytes, scaled so that the shares of a bundle add up to its real gzip size. */
  gzip: number;
  /** Minified bytes before compression. */
  raw: number;
}

/** Shares of several groups' texts in `total` gzip bytes, largest first. */
export function gzipShares(texts: Map<string, string>, total: number): Share[] {
  const alone = [...texts].map(([group, text]) => ({
    group,
    raw: Buffer.byteLength(text),
    alone: gzipSync(text, { level: 9 }).length,
  }));
  const sum = alone.reduce((acc, entry) => acc + entry.alone, 0);
  return alone
    .map(({ group, raw, alone: size }) => ({ group, raw, gzip: sum === 0 ? 0 : (size / sum) * total }))
    .sort((a, b) => b.gzip - a.gzip);
}

export interface BundleShares {
  name: string;
  files: string[];
  gzip: number;
  shares: Share[];
}

/** Shares of a bundle made of several files: each file's groups are weighed within its own gzip size. */
export function sharesOfFiles(name: string, files: string[], depth: number): BundleShares {
  const byGroup = new Map<string, Share>();
  let gzip = 0;
  for (const file of files) {
    const size = gzipSize(file);
    gzip += size;
    const mapFile = `${file}.map`;
    const code = readFileSync(file, 'utf8');
    // The bundler's own small files (its runtime helpers chunk) come without a source map: glue.
    if (!existsSync(mapFile) && size < 1024) {
      const glue = byGroup.get(UNMAPPED) ?? { group: UNMAPPED, gzip: 0, raw: 0 };
      glue.gzip += size;
      glue.raw += Buffer.byteLength(code);
      byGroup.set(UNMAPPED, glue);
      continue;
    }
    if (!existsSync(mapFile)) {
      throw new Error(
        `${mapFile} is missing: build with source maps (build.sourcemap: true) to read shares.`,
      );
    }
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap;
    const base = resolve(dirname(file), map.sourceRoot ?? '');
    const groups = map.sources.map((source) =>
      source === null ? UNMAPPED : groupOfSource(resolve(base, source), ROOT, depth),
    );
    const texts = textByGroup(code, map, (index) => groups[index] ?? UNMAPPED);
    for (const share of gzipShares(texts, size)) {
      const total = byGroup.get(share.group) ?? { group: share.group, gzip: 0, raw: 0 };
      total.gzip += share.gzip;
      total.raw += share.raw;
      byGroup.set(share.group, total);
    }
  }
  const shares = [...byGroup.values()].sort((a, b) => b.gzip - a.gzip);
  return { name, files: files.map((file) => relative(ROOT, file)), gzip, shares };
}

/** The bundles a browser downloads, as the size check measures them (scripts/bundleSizes.ts). */
export function measureShares(outDir: string, depth: number): BundleShares[] {
  const sizes = measureBuilt(outDir);
  const inOut = (files: string[]) => files.map((file) => join(outDir, file));
  return [
    sharesOfFiles('embed ES module (React external)', inOut(sizes.embedModuleFiles), depth),
    sharesOfFiles('embed IIFE (loader, core, React)', inOut(sizes.embedIifeFiles), depth),
    sharesOfFiles('app first page', inOut(sizes.appFirstPageFiles), depth),
  ];
}

function printShares(bundle: BundleShares, min: number): void {
  console.log(`\n${bundle.name}: ${kb(bundle.gzip)} gzip in ${bundle.files.length} file(s)`);
  let rest = 0;
  for (const share of bundle.shares) {
    if (share.gzip < min) {
      rest += share.gzip;
      continue;
    }
    const percent = ((share.gzip / bundle.gzip) * 100).toFixed(1).padStart(5);
    console.log(`  ${share.group.padEnd(44)} ${kb(share.gzip).padStart(9)} ${percent} %`);
  }
  if (rest > 0) console.log(`  ${'(smaller groups)'.padEnd(44)} ${kb(rest).padStart(9)}`);
}

async function main(args: string[]): Promise<void> {
  const depthAt = args.indexOf('--depth');
  const depth = depthAt === -1 ? 2 : Number(args[depthAt + 1]);
  if (!Number.isInteger(depth) || depth < 1) {
    throw new Error('--depth takes a whole number of folders, 1 or more (e.g. --depth 3).');
  }
  const outDir = mkdtempSync(join(tmpdir(), 'stac-shares-'));
  try {
    await buildBundles(outDir, { sourcemap: true });
    const bundles = measureShares(outDir, depth);
    if (args.includes('--json')) console.log(JSON.stringify(bundles, null, 2));
    else for (const bundle of bundles) printShares(bundle, 300);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
