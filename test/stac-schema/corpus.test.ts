import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  parsePluginRecord,
  stacNodeSchema,
  validateStacFile,
  type StacFileValidation,
  type StacIssue,
} from '../../src/stac-schema';
import { CORPUS_DIR } from '../fixtures/paths';

interface CorpusFile {
  name: string;
  json: unknown;
}

function load(folder: 'stac' | 'invenicum'): CorpusFile[] {
  const dir = path.join(CORPUS_DIR, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, json: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown }));
}

const stacFiles = load('stac');
const invenicumFiles = load('invenicum');
const all = [...stacFiles, ...invenicumFiles];
const lenient = new Map<string, StacFileValidation>(all.map((f) => [f.name, validateStacFile(f.json)]));

function warningsOf(name: string): string[] {
  return (lenient.get(name)?.issues ?? []).map((issue: StacIssue) => `${issue.code}@${issue.path}`);
}

describe('the corpus in the repo (test/fixtures/corpus)', () => {
  it('holds the 69 Stac documents and 4 Invenicum plugins', () => {
    expect(stacFiles).toHaveLength(69);
    expect(invenicumFiles).toHaveLength(4);
  });

  it.each(all.map((f) => f.name))('%s validates in lenient mode without errors', (name) => {
    const result = lenient.get(name);
    expect(result?.ok).toBe(true);
    expect(result?.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('classifies the files: 66 documents, 1 list of 63 documents, 2 themes, 4 plugins', () => {
    const kinds = [...lenient.values()].reduce<Record<string, number>>((acc, r) => {
      acc[r.kind] = (acc[r.kind] ?? 0) + 1;
      return acc;
    }, {});
    expect(kinds).toEqual({ document: 66, documents: 1, theme: 2, plugin: 4 });
    expect(lenient.get('gallery__home_screen.json')?.documents).toHaveLength(63);
  });

  it("warns about the gallery's own custom widgets, and about nothing else in the Stac gallery", () => {
    const warnings = [...lenient.values()].flatMap((r) => r.issues);
    const unknownWidgets = warnings.filter((i) => i.code === 'unknown_widget');
    expect(unknownWidgets).toHaveLength(67);
    expect(unknownWidgets.filter((i) => i.message.includes('"exampleScreen"'))).toHaveLength(66);
    expect(unknownWidgets.filter((i) => i.message.includes('"movieCarousel"'))).toHaveLength(1);
    expect(warningsOf('movie_app__screens__home_screen.json')).toEqual([
      'unknown_widget@$.child.body.children[0].children[0].type',
    ]);
    expect(warningsOf('gallery__refresh_indicator_example.json')).toEqual([
      'unknown_action@$.body.onRefresh.actionType',
    ]);
    expect(warnings.every((i) => i.severity === 'warning')).toBe(true);
    expect(warnings).toHaveLength(67 + 1 + 2);
  });

  it('keeps the custom widgets in the tree for the renderer fallback', () => {
    const movieHome = lenient.get('movie_app__screens__home_screen.json')?.documents[0];
    expect(JSON.stringify(movieHome)).toContain('"type":"movieCarousel"');
  });

  it('notes the Invenicum plugin that has no version and slot (the real market sends such files)', () => {
    expect(warningsOf('quien_soy.json')).toEqual(['invalid_plugin@version', 'invalid_plugin@slot']);
    expect(warningsOf('reloj_digital.json')).toEqual([]);
    const strict = validateStacFile(invenicumFiles.find((f) => f.name === 'quien_soy.json')?.json, {
      mode: 'strict',
    });
    expect(strict.ok).toBe(false);
  });

  it('reads every Invenicum plugin as a plugin record', () => {
    for (const file of invenicumFiles) {
      const result = parsePluginRecord(file.json);
      expect(result.ok).toBe(true);
      expect(result.plugin?.ui).toMatchObject({ type: expect.any(String) });
    }
    const clock = parsePluginRecord(invenicumFiles.find((f) => f.name === 'reloj_digital.json')?.json);
    expect(clock.plugin).toMatchObject({ id: 'reloj_digital', version: '1.0.1', slot: 'dashboard_top' });
  });

  it('passes strict mode except for the custom widgets and the unknown "request" action', () => {
    const unknownProps: string[] = [];
    for (const file of all) {
      const strict = validateStacFile(file.json, { mode: 'strict' });
      for (const issue of strict.issues)
        if (issue.code === 'unknown_property') unknownProps.push(issue.hint ?? '');
      const errors = strict.issues.filter(
        (i) =>
          i.severity === 'error' && !['unknown_widget', 'unknown_action', 'invalid_plugin'].includes(i.code),
      );
      expect(errors, file.name).toEqual([]);
    }
    // The gallery writes `align` on text 22 times; Stac ignores it, strict mode points at textAlign.
    expect(unknownProps).toEqual(Array.from({ length: 22 }, () => 'did you mean "textAlign"?'));
  });

  it('agrees with the zod node schema (the JSON Schema source) on documents without custom widgets', () => {
    let checked = 0;
    for (const file of stacFiles) {
      const result = lenient.get(file.name);
      if (result?.kind !== 'document' || result.issues.length > 0) continue;
      expect(stacNodeSchema.safeParse(file.json).success, file.name).toBe(true);
      checked += 1;
    }
    expect(checked).toBe(62);
  });
});
