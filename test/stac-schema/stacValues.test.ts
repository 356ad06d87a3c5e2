/**
 * Every enum value and value shape Stac's own parsers accept (test/fixtures/stac-values.ts, generated from
 * StacDev/stac) is accepted here: no issue at its path in strict mode, and in lenient mode the node renders
 * with the value kept. One test per property path, named after the Dart file it comes from.
 */
import { INVALID_NODE_TYPE, parseStacDocument, type StacIssue, type StacNode } from '../../src/stac-schema';
import {
  STAC_ENUM_ROWS,
  STAC_SHAPE_ROWS,
  STAC_VALUE_SHAPES,
  type StacEnumRow,
  type StacShapeRow,
} from '../fixtures/stac-values';

type Path = ReadonlyArray<string | number>;

/** `ui.decoration.boxShadow[0].offset`, as parseStacDocument writes issue paths. */
function issuePath(prefix: string, path: Path): string {
  return path.reduce<string>(
    (at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${key}`),
    prefix,
  );
}

/** Required props of nested value objects the path passes through (Stac requires them too). */
const NESTED_REQUIRED: Readonly<Record<string, Record<string, unknown>>> = {
  image: { src: 'https://example.com/a.png' },
  request: { url: 'https://example.com/api' },
  centerSlice: { rectType: 'fromLTWH' },
};

/** An object with `value` at `path`, lists made where the path has an index. */
function nest(path: Path, value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at: Record<string, unknown> | unknown[] = root;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const next = last
      ? value
      : typeof path[i + 1] === 'number'
        ? []
        : { ...(typeof key === 'string' ? NESTED_REQUIRED[key] : undefined) };
    if (Array.isArray(at)) at.push(next);
    else at[key as string] = next;
    if (!last) at = next as Record<string, unknown> | unknown[];
  });
  return root;
}

const TEXT = { type: 'text', data: 'Label' };

/** Required props of the hosts, so that the node is complete and only the row's value is on trial. */
const REQUIRED: Readonly<Record<string, Record<string, unknown>>> = {
  networkRequest: { url: 'https://example.com/api' },
  showSnackBar: { content: TEXT },
  autocomplete: { options: ['One', 'Two'] },
  backdropFilter: { filter: { type: 'blur', sigmaX: 2, sigmaY: 2 } },
  carouselView: { children: [TEXT] },
  chip: { label: TEXT },
  elevatedButton: { child: TEXT },
  filledButton: { child: TEXT },
  outlinedButton: { child: TEXT },
  textButton: { child: TEXT },
  form: { child: TEXT },
  hero: { tag: 'hero', child: TEXT },
  icon: { icon: 'home' },
  networkWidget: { request: { url: 'https://example.com/ui', method: 'get' } },
  slider: { value: 0.5 },
  tabBar: { tabs: [{ type: 'tab', text: 'One' }] },
  tabBarView: { children: [TEXT] },
  text: { data: 'Hello' },
  webView: { url: 'https://example.com' },
  coloredBox: { color: '#FF0000' },
  opacity: { opacity: 0.5, child: TEXT },
  padding: { padding: 8 },
};

/** The document that carries `value` at the row's path; an action sits on a button. */
function documentFor(row: StacEnumRow | StacShapeRow, value: unknown): { doc: StacNode; prefix: string } {
  const props = { ...REQUIRED[row.type], ...nest(row.path, value) };
  if (row.kind === 'widget') return { doc: { type: row.type, ...props } as StacNode, prefix: 'ui' };
  const doc = {
    type: 'textButton',
    onPressed: { actionType: row.type, ...props },
    child: { type: 'text', data: 'Go' },
  } as StacNode;
  return { doc, prefix: 'ui.onPressed' };
}

function readPath(node: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
    node,
  );
}

/** Why Stac's `value` is not accepted here, or undefined when it is. */
function refusal(row: StacEnumRow | StacShapeRow, value: unknown): string | undefined {
  const { doc, prefix } = documentFor(row, value);
  const at = issuePath(prefix, row.path);
  const under = (issue: StacIssue) =>
    issue.path === at || issue.path.startsWith(`${at}.`) || issue.path.startsWith(`${at}[`);
  const strict = parseStacDocument(doc, { mode: 'strict' });
  const typeIssue = strict.issues.find(
    (issue) => issue.code === 'unknown_widget' || issue.code === 'unknown_action',
  );
  if (typeIssue) return `${JSON.stringify(value)}: ${typeIssue.message}`;
  const issue = strict.issues.find(under);
  if (issue) return `${JSON.stringify(value)}: ${issue.path}: ${issue.message}`;
  const lenient = parseStacDocument(doc, { mode: 'lenient' });
  const tree = lenient.document;
  if (!tree || tree.type === INVALID_NODE_TYPE) return `${JSON.stringify(value)}: the node is not rendered`;
  const host = row.kind === 'widget' ? tree : (tree as Record<string, unknown>).onPressed;
  if (JSON.stringify(readPath(host, row.path)) !== JSON.stringify(value))
    return `${JSON.stringify(value)}: the value is not kept`;
  return undefined;
}

const label = (row: StacEnumRow | StacShapeRow) => `${row.kind} ${row.type}: ${row.path.join('.')}`;

describe('every enum value Stac decodes is accepted', () => {
  it.each(STAC_ENUM_ROWS.map((row) => [`${label(row)} (${row.dartEnum}, ${row.source})`, row] as const))(
    '%s',
    (_name, row) => {
      const refused = row.values.map((value) => refusal(row, value)).filter((reason) => reason !== undefined);
      expect(refused).toEqual([]);
    },
  );
});

describe('every value shape Stac decodes is accepted', () => {
  it.each(STAC_SHAPE_ROWS.map((row) => [`${label(row)} (${row.dartClass}, ${row.source})`, row] as const))(
    '%s',
    (_name, row) => {
      const shape = STAC_VALUE_SHAPES[row.dartClass];
      expect(shape, `no JSON forms listed for ${row.dartClass}`).toBeDefined();
      const refused = shape.forms
        .map((value) => refusal(row, value))
        .filter((reason) => reason !== undefined);
      expect(refused).toEqual([]);
    },
  );
});

describe('the value table', () => {
  it('covers the widgets and actions Stac registers', () => {
    const types = new Set(STAC_ENUM_ROWS.map((row) => row.type));
    // Spot checks that the generator found the parsers (a broken regex would yield an empty table).
    for (const type of ['row', 'text', 'switch', 'tabBar', 'textField', 'navigate'])
      expect(types).toContain(type);
    expect(STAC_ENUM_ROWS.find((row) => row.dartEnum === 'StacScrollPhysics')?.values).toContain('fixed');
  });
});
