#!/usr/bin/env node
/**
 * Writes test/fixtures/stac-values.generated.ts: every enum value Stac's own parsers accept, per widget or action
 * property, read from the json_serializable code of a Stac checkout (the `*.g.dart` files decide what a
 * document may say; the hand-written `.dart` models only declare it).
 *
 *   git clone https://github.com/StacDev/stac /tmp/stac && node scripts/extract-stac-values.mjs /tmp/stac
 *   npx prettier --write test/fixtures/stac-values.generated.ts
 *
 * Each row names the Dart file it comes from, so a reviewer can check it and a Stac upgrade shows as a diff.
 * The value shapes that are not enums (numbers, insets, colours...) are listed by hand in stac-values.ts.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const stacRoot = process.argv[2];
if (!stacRoot) {
  console.error('usage: node scripts/extract-stac-values.mjs <path to a StacDev/stac checkout>');
  process.exit(2);
}
const packagesDir = join(stacRoot, 'packages');
const OUT = resolve(import.meta.dirname, '../test/fixtures/stac-values.generated.ts');

function walkFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walkFiles(path, out);
    else out.push(path);
  }
  return out;
}

const files = walkFiles(packagesDir).filter((f) => f.includes('/lib/') && f.endsWith('.dart'));
const rel = (path) => relative(stacRoot, path);

/** EnumMap name -> values, from every generated file (the same map is repeated per file). */
const enumMaps = new Map();
/** Dart class -> { source, fields: [{ key, enumMap?, nested?, list }] } */
const classes = new Map();

for (const file of files.filter((f) => f.endsWith('.g.dart'))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/const _\$(\w+)EnumMap = \{([\s\S]*?)\};/g)) {
    const values = [...m[2].matchAll(/:\s*'([^']+)'/g)].map((v) => v[1]);
    enumMaps.set(m[1], values);
  }
  for (const m of text.matchAll(
    /_\$(\w+)FromJson\(Map<String, dynamic> json\) =>\s*_?\w+\(([\s\S]*?)\n {4}\);/g,
  )) {
    const className = m[1];
    const fields = [];
    for (const segment of m[2].split(/\n {6}(?=\w+:)/)) {
      const key = /json\['(\w+)'\]/.exec(segment)?.[1];
      if (!key) continue;
      const enumMap = /\$enumDecode(?:Nullable)?\(\s*_\$(\w+)EnumMap,\s*json\['\w+'\]/.exec(segment)?.[1];
      const nested = /(Stac\w+)\.fromJson\(/.exec(segment)?.[1];
      const list = /as List<dynamic>/.test(segment);
      const string = /^\w+:\s*json\['\w+'\] as String\??/.test(segment.trim());
      fields.push({ key, enumMap, nested, list, string });
    }
    // A stale generated file may define a class again (stac_border_radius.g.dart carries a StacBorder):
    // the file named after the class wins.
    const ownFile = `${className.replace(/[A-Z]/g, (c, i) => (i === 0 ? '' : '_') + c.toLowerCase())}.g.dart`;
    if (classes.has(className) && !file.endsWith(`/${ownFile}`)) continue;
    classes.set(className, { source: rel(file), fields });
  }
}

/** Widget and action types -> the Dart model class their parser reads. */
const roots = [];
for (const file of files.filter((f) => f.endsWith('_parser.dart'))) {
  const text = readFileSync(file, 'utf8');
  const model = /getModel\([^)]*\)\s*=>\s*(\w+)\.fromJson/.exec(text)?.[1];
  if (!model) continue;
  const widget =
    /get type\s*=>\s*WidgetType\.(\w+)\.name/.exec(text)?.[1] ??
    /get type\s*=>\s*["'](\w+)["']/.exec(text)?.[1];
  const action =
    /get actionType\s*=>\s*ActionType\.(\w+)\.name/.exec(text)?.[1] ??
    /get actionType\s*=>\s*["'](\w+)["']/.exec(text)?.[1];
  if (widget) roots.push({ kind: 'widget', type: widget, model, parser: rel(file) });
  else if (action) roots.push({ kind: 'action', type: action, model, parser: rel(file) });
}
roots.sort((a, b) => a.kind.localeCompare(b.kind) || a.type.localeCompare(b.type));

/** Value classes whose JSON forms are listed by hand in test/fixtures/stac-values.ts. */
const VALUE_SHAPES = new Set([
  'StacDouble',
  'StacEdgeInsets',
  'StacBorderRadius',
  'StacVisualDensity',
  'StacMaterialColor',
  'StacOffset',
  'StacSize',
  'StacAlignmentGeometry',
  'StacDuration',
]);

// Breadth first from every root: the shortest property path to each nested value class, per root.
const rows = [];
const shapeRows = [];
for (const root of roots) {
  const queue = [{ className: root.model, path: [] }];
  const seen = new Set();
  while (queue.length > 0) {
    const { className, path } = queue.shift();
    if (seen.has(className)) continue;
    seen.add(className);
    const info = classes.get(className);
    if (!info) continue;
    for (const field of info.fields) {
      const fieldPath = field.list ? [...path, field.key, 0] : [...path, field.key];
      if (field.enumMap && enumMaps.has(field.enumMap)) {
        rows.push({
          kind: root.kind,
          type: root.type,
          path: fieldPath,
          dartEnum: field.enumMap,
          values: enumMaps.get(field.enumMap),
          source: info.source,
        });
      } else if (field.nested && VALUE_SHAPES.has(field.nested)) {
        shapeRows.push({
          kind: root.kind,
          type: root.type,
          path: fieldPath,
          dartClass: field.nested,
          source: info.source,
        });
      } else if (field.string && /[cC]olor$/.test(field.key)) {
        // Stac reads every colour as a String and parses it with ColorExt.toColor (utils/color_utils.dart).
        shapeRows.push({
          kind: root.kind,
          type: root.type,
          path: fieldPath,
          dartClass: 'StacColor',
          source: info.source,
        });
      } else if (field.nested && path.length < 4) {
        queue.push({ className: field.nested, path: fieldPath });
      }
    }
  }
}

const header = `// Generated by scripts/extract-stac-values.mjs from StacDev/stac (json_serializable code); do not edit.
// Every enum value Stac's parsers accept, per widget/action property path, with the Dart file it comes from.
import type { StacEnumRow, StacShapeRow } from './stac-values';

export const STAC_ENUM_ROWS: readonly StacEnumRow[] = `;
const shapes = `\n\nexport const STAC_SHAPE_ROWS: readonly StacShapeRow[] = ${JSON.stringify(shapeRows, null, 2)};\n`;
writeFileSync(OUT, `${header}${JSON.stringify(rows, null, 2)};${shapes}`);
console.log(
  `${rows.length} enum rows, ${shapeRows.length} value-shape rows from ${roots.length} widget and action parsers -> ${relative(process.cwd(), OUT)}`,
);
