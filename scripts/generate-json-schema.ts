/**
 * Writes public/stac-plugin.schema.json from the zod schemas of src/stac-schema (`npm run schema`).
 * `--check` exits 1 when the committed file is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pluginJsonSchema } from '../src/stac-schema/index';

export const SCHEMA_FILE = fileURLToPath(new URL('../public/stac-plugin.schema.json', import.meta.url));

export function renderPluginJsonSchema(): string {
  return `${JSON.stringify(pluginJsonSchema(), null, 2)}\n`;
}

const text = renderPluginJsonSchema();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (current !== text) {
    console.error('public/stac-plugin.schema.json is stale: run `npm run schema` and commit the result.');
    process.exit(1);
  }
  console.log('public/stac-plugin.schema.json is up to date.');
} else {
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE} (${text.length} bytes)`);
}
