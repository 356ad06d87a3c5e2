import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderStacToString } from '../../src/renderer/ssr';
import { validatePluginFile } from '../../src/plugin-host/index';
import { DEMO_ASSETS } from '../../server/index';
import { CORPUS_DIR } from '../fixtures/paths';
import { summarizeInventory } from '../../src/app/pages/inventorySummary';

const CATALOG = join(process.cwd(), 'public', 'plugins');
const CORPUS = join(CORPUS_DIR, 'invenicum');
const ICONS = join(process.cwd(), 'node_modules', '@material-design-icons', 'svg', 'filled');
const INVENICUM_MARKET = ['otro_mas.json', 'prueba.json', 'quien_soy.json', 'reloj_digital.json'];

interface PluginFile {
  $schema?: string;
  id: string;
  slot?: string;
  author: string;
  ui?: unknown;
  surfaces?: Record<string, unknown>;
}

/** The documents of a plugin file by slot: its one `ui`, or every surface of a composite plugin. */
const surfacesOf = (plugin: PluginFile): [string, unknown][] =>
  plugin.surfaces ? Object.entries(plugin.surfaces) : [[plugin.slot ?? 'dashboard_top', plugin.ui]];

/**
 * Demonstrates the permission rules on purpose: it reads who you are without declaring user:read, so
 * strict validation (publishing) names that line, and the host gives it nothing there.
 */
const PERMISSION_DEMO = 'permission-demo.json';

const files = readdirSync(CATALOG).filter((file) => file.endsWith('.json'));
const ours = files.filter((file) => !INVENICUM_MARKET.includes(file));
const read = (file: string): PluginFile =>
  JSON.parse(readFileSync(join(CATALOG, file), 'utf8')) as PluginFile;
const text = (file: string) => readFileSync(join(CATALOG, file), 'utf8');

/** Every `actionType` (and `invenicum_sdk` method) used anywhere in a document. */
function actionsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => actionsIn(item, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.actionType === 'string') {
      found.add(
        record.actionType === 'invenicum_sdk' ? `invenicum_sdk.${String(record.method)}` : record.actionType,
      );
    }
    Object.values(record).forEach((value) => actionsIn(value, found));
  }
  return found;
}

describe('the seed catalog (public/plugins)', () => {
  it('holds the 4 plugins of the real Invenicum market unchanged', () => {
    for (const file of INVENICUM_MARKET) {
      expect(files).toContain(file);
      expect(text(file)).toBe(readFileSync(join(CORPUS, file), 'utf8'));
    }
  });

  it('has ten or more plugins of our own, each pointing at the JSON Schema and valid in strict mode', () => {
    expect(ours.length).toBeGreaterThanOrEqual(10);
    for (const file of ours) {
      const plugin = read(file);
      expect(plugin.$schema, file).toBe('../stac-plugin.schema.json');
      expect(`${plugin.id}.json`).toBe(file);
      const validation = validatePluginFile(plugin, { mode: 'strict' });
      if (file === PERMISSION_DEMO) {
        expect(validation.issues.map((issue) => [issue.severity, issue.path])).toEqual([
          ['error', 'ui.children[1].data'],
        ]);
        continue;
      }
      expect(validation.issues, file).toEqual([]);
      expect(validation.ok).toBe(true);
    }
  });

  it('covers both slots, both template syntaxes, the user, and every action kind', () => {
    const plugins = ours.map(read);
    expect(new Set(plugins.flatMap((plugin) => surfacesOf(plugin).map(([slot]) => slot)))).toEqual(
      new Set(['dashboard_top', 'asset_detail']),
    );
    // Composite plugins, declared permissions, settings, dependencies and startup checks are all shown.
    expect(plugins.some((plugin) => plugin.surfaces !== undefined)).toBe(true);
    for (const field of ['permissions', 'settings', 'dependencies', 'startupChecks'])
      expect(
        plugins.some((plugin) => field in plugin),
        field,
      ).toBe(true);
    const all = ours.map(text).join('\n');
    expect(all).toContain('<<asset.');
    expect(all).toContain('{{asset.');
    expect(all).toContain('<<user.name>>');
    const actions = new Set(plugins.flatMap((plugin) => [...actionsIn(surfacesOf(plugin))]));
    for (const action of [
      'showSnackBar',
      'showDialog',
      'setValue',
      'multiAction',
      'invenicum_sdk.showAlert',
      'invenicum_sdk.getUserName',
      'invenicum_sdk.navigate',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(plugins.filter((plugin) => plugin.author === 'bob').map((plugin) => plugin.id)).toContain(
      'bob-loan-tracker',
    );
  });

  it('uses only icons that exist in the bundled Material icon set', () => {
    const names = new Set(
      [
        ...ours
          .map(text)
          .join('\n')
          .matchAll(/"icon":\s*"([a-z0-9_]+)"/g),
      ].map((match) => match[1]),
    );
    expect(names.size).toBeGreaterThan(10);
    for (const name of names) expect(existsSync(join(ICONS, `${name}.svg`)), name).toBe(true);
  });

  it('renders every plugin against a demo asset with all templates bound and no problems', () => {
    // What the dashboard hands its slots (src/app/pages/inventorySummary.ts), from the demo inventory.
    const inventory = summarizeInventory(
      DEMO_ASSETS.map((demo, index) => ({ ...demo, id: demo.id ?? `a-${index}` })),
    );
    const asset = {
      ...DEMO_ASSETS[2],
      lowStock: true,
      qualityRatio: 0.88,
      updatedAt: '2026-11-20T10:00:00.000Z',
    };
    for (const file of files) {
      for (const [slot, ui] of surfacesOf(read(file))) {
        const problems: unknown[] = [];
        const html = renderStacToString(ui, {
          scope: {
            asset,
            inventory,
            user: { name: 'Alice Moreau', username: 'alice' },
            settings: { headline: 'Stock board', margin: 2 },
          },
          onProblem: (problem) => problems.push(problem),
        });
        expect(problems, file).toEqual([]);
        expect(/<<|>>|\{\{/.test(html), `${file} shows an unbound template`).toBe(false);
        if (slot === 'asset_detail') {
          const boundValues = [
            asset.name,
            asset.location,
            asset.id,
            asset.tags.join(' · '),
            String(asset.quantity),
          ];
          expect(
            boundValues.some((value) => html.includes(value)),
            `${file} shows no asset data`,
          ).toBe(true);
        }
      }
    }
  });
});
