import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  WIDGET_TYPES,
  pluginJsonSchema,
  pluginFileSchema,
  validateStacFile,
  widgetSchemas,
} from '../../src/stac-schema';
import { REPO_ROOT } from '../fixtures/paths';

type Json = Record<string, unknown>;

describe('JSON Schema of a plugin file', () => {
  const schema = pluginJsonSchema();
  const defs = schema.$defs as Record<string, Json>;

  it('is committed up to date as public/stac-plugin.schema.json (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'public/stac-plugin.schema.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(schema);
    expect(committed).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it('allows $schema at the top level and requires name, version, and slot + ui or surfaces (never both)', () => {
    const properties = schema.properties as Record<string, Json>;
    expect(properties.$schema).toMatchObject({ type: 'string' });
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'version']));
    expect(schema.oneOf).toEqual([{ required: ['slot', 'ui'] }, { required: ['surfaces'] }]);
    expect(Object.keys(properties)).toEqual(
      expect.arrayContaining([
        'surfaces',
        'permissions',
        'settings',
        'dependencies',
        'requires',
        'capabilities',
        'startupChecks',
      ]),
    );
    expect(
      pluginFileSchema.safeParse({
        $schema: './stac-plugin.schema.json',
        name: 'n',
        version: '1.0.0',
        slot: 'dashboard_top',
        ui: { type: 'text', data: 'x' },
      }).success,
    ).toBe(true);
  });

  it('offers every widget type with its props, for completion in editors', () => {
    const options = (defs.StacWidget.oneOf ?? defs.StacWidget.anyOf) as Array<{ $ref: string }>;
    expect(options).toHaveLength(WIDGET_TYPES.length);
    for (const type of WIDGET_TYPES) {
      const widget = defs[`widget_${type}`];
      expect((widget.properties as Record<string, Json>).type).toEqual({ type: 'string', const: type });
    }
    const text = defs.widget_text.properties as Record<string, Json>;
    expect(Object.keys(text)).toEqual(expect.arrayContaining(['data', 'style', 'maxLines', 'overflow']));
    expect(defs.value_MainAxisAlignment).toMatchObject({
      anyOf: [
        { enum: ['start', 'end', 'center', 'spaceBetween', 'spaceAround', 'spaceEvenly'] },
        { $ref: '#/$defs/Template' },
      ],
    });
  });

  it('gives each value format one definition (EdgeInsets, TextStyle, colour)', () => {
    expect(defs.value_EdgeInsets).toBeDefined();
    expect(defs.value_TextStyle).toBeDefined();
    // Colour names complete in editors; hex and `@NN` forms are matched by a pattern.
    const colourNames = (defs.value_colour.anyOf as Json[])[0].enum as string[];
    expect(colourNames).toEqual(
      expect.arrayContaining(['primary', 'onSurfaceVariant', 'blueAccent', 'black54']),
    );
    expect(widgetSchemas.container.safeParse({ type: 'container', color: '#80FFFFFF' }).success).toBe(true);
    expect(widgetSchemas.container.safeParse({ type: 'container', color: 'primary@20' }).success).toBe(true);
    expect(widgetSchemas.container.safeParse({ type: 'container', color: 'nocolour' }).success).toBe(false);
    expect(JSON.stringify(schema).length).toBeLessThan(400_000);
  });

  it('is met by every plugin file of the seed catalog that points at it with $schema', () => {
    const dir = path.join(REPO_ROOT, 'public/plugins');
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    let checked = 0;
    for (const name of files) {
      const json = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Json;
      if (json.$schema === undefined) continue;
      expect(pluginFileSchema.safeParse(json).success, name).toBe(true);
      expect(validateStacFile(json, { mode: 'strict' }).ok, name).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('has a zod schema per widget that agrees with the validator on a single node', () => {
    expect(Object.keys(widgetSchemas).sort()).toEqual([...WIDGET_TYPES].sort());
    expect(widgetSchemas.text.safeParse({ type: 'text', data: 'x', style: { fontSize: 12 } }).success).toBe(
      true,
    );
    expect(
      widgetSchemas.text.safeParse({ type: 'text', data: 'x', style: { fontSize: 'big' } }).success,
    ).toBe(false);
    expect(widgetSchemas.text.safeParse({ type: 'text', data: 'x', maxLines: '{{n}}' }).success).toBe(true);
  });
});
