import { readFileSync } from 'node:fs';
import {
  INVALID_NODE_TYPE,
  parseStacDocument,
  WIDGET_TYPES,
  ACTION_TYPES,
  type StacIssue,
  type StacNode,
} from '../../src/stac-schema';
import { VOCABULARY_PATH } from '../fixtures/paths';

function codes(issues: StacIssue[]): string[] {
  return issues.map((issue) => `${issue.severity}:${issue.code}@${issue.path}`);
}

describe('parseStacDocument: valid documents', () => {
  it('accepts a Stac document and returns the same tree', () => {
    const doc = {
      type: 'column',
      mainAxisAlignment: 'spaceBetween',
      children: [
        { type: 'text', data: 'Hello', style: { fontSize: 24, fontWeight: 'w600', color: '#FF6750A4' } },
        {
          type: 'padding',
          padding: [8, 4, 8, 4],
          child: { type: 'icon', icon: 'home', color: 'primary@50' },
        },
      ],
    };
    const result = parseStacDocument(doc);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.document).toEqual(doc);
  });

  it('accepts the simple form of the plugin API docs, including the short action form', () => {
    const result = parseStacDocument(
      {
        type: 'container',
        layout: 'vertical',
        children: [
          { type: 'text', content: 'Quality Score: {{asset.qualityScore}}' },
          {
            type: 'button',
            label: 'Run Check',
            action: { method: 'showAlert', params: { message: '{{asset.id}}' } },
          },
        ],
      },
      { mode: 'strict' },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it('accepts templates in number, boolean, enum and colour props (bound at render time)', () => {
    const result = parseStacDocument(
      {
        type: 'container',
        width: '<<asset.width>>',
        color: '{{plugin.accent}}',
        alignment: '<<slot.align>>',
        child: { type: 'text', data: 'x', softWrap: '{{flags.wrap}}', style: { fontSize: '<<size>>' } },
      },
      { mode: 'strict' },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it('covers every widget and action of docs/stac-vocabulary.md, plus the simple form and Invenicum SDK', () => {
    const vocabulary = readFileSync(VOCABULARY_PATH, 'utf8');
    const [widgetsPart, actionsPart] = vocabulary.split('## Actions');
    const rowNames = (text: string) =>
      [...text.matchAll(/^\| ([A-Za-z_]+) +\|/gm)]
        .map((m) => m[1])
        .filter((n) => n !== 'type' && n !== 'actionType' && n !== 'format');
    const documentedWidgets = rowNames(widgetsPart.split('## Widgets')[1]);
    const documentedActions = rowNames(actionsPart);
    expect(documentedWidgets.length).toBeGreaterThan(70);
    expect([...WIDGET_TYPES].sort()).toEqual([...documentedWidgets, 'button'].sort());
    expect([...ACTION_TYPES].sort()).toEqual([...documentedActions, 'invenicum_sdk'].sort());
  });
});

describe('parseStacDocument: issues with codes, paths and hints', () => {
  it('reports a wrong value type with the JSON path down to the prop', () => {
    const result = parseStacDocument(
      {
        type: 'column',
        children: [
          { type: 'sizedBox' },
          { type: 'sizedBox' },
          { type: 'text', data: 'x', style: { fontSize: 'big' } },
        ],
      },
      { mode: 'strict' },
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue.code).toBe('invalid_value');
    expect(issue.severity).toBe('error');
    expect(issue.path).toBe('ui.children[2].style.fontSize');
    expect(issue.message).toMatch(/expected a number.*got "big"/);
  });

  it('suggests the closest widget type for a misspelt one', () => {
    const result = parseStacDocument({ type: 'column', children: [{ type: 'txet', data: 'x' }] });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_widget',
        severity: 'warning',
        path: 'ui.children[0].type',
        hint: 'did you mean "text"?',
      }),
    ]);
    expect(result.issues[0].message).toContain('unknown widget "txet"');
  });

  it("suggests a host's own widget and action types for misspelt ones, each parse with its own", () => {
    const misspelt = {
      type: 'column',
      children: [
        { type: 'productCrad' },
        { type: 'textButton', onPressed: { actionType: 'openCrat' }, child: { type: 'text', data: 'x' } },
      ],
    };
    const hintsOf = (widgets: readonly string[], actions: readonly string[]) =>
      parseStacDocument(misspelt, { extraWidgetTypes: widgets, extraActionTypes: actions }).issues.map(
        (issue) => issue.hint,
      );
    const shop = Object.freeze(['productCard']);
    const cart = Object.freeze(['openCart']);
    expect(hintsOf(shop, cart)).toEqual(['did you mean "productCard"?', 'did you mean "openCart"?']);
    // Another host's (frozen) lists know nothing of the first's, then the first host's again, then lists
    // that are not frozen.
    expect(hintsOf(Object.freeze(['orderCard']), Object.freeze(['openChat']))).toEqual([
      undefined,
      'did you mean "openChat"?',
    ]);
    expect(hintsOf(shop, cart)).toEqual(['did you mean "productCard"?', 'did you mean "openCart"?']);
    expect(hintsOf(['productCard'], ['openCart'])).toEqual([
      'did you mean "productCard"?',
      'did you mean "openCart"?',
    ]);
    // A host's own type is known, not misspelt.
    const own = parseStacDocument({ type: 'productCard' }, { extraWidgetTypes: shop });
    expect(own.issues).toEqual([]);
  });

  it('suggests the closest enum value', () => {
    const result = parseStacDocument({ type: 'row', mainAxisAlignment: 'spaceBetwen' }, { mode: 'strict' });
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_value',
      path: 'ui.mainAxisAlignment',
      hint: 'did you mean "spaceBetween"?',
    });
  });

  it("checks a mouseCursor against Stac's cursor names, suggesting the closest", () => {
    const ok = parseStacDocument({
      type: 'inkWell',
      mouseCursor: 'resizeLeftRight',
      child: { type: 'text', data: 'x' },
    });
    expect(ok.issues).toEqual([]);
    const result = parseStacDocument({ type: 'checkBox', mouseCursor: 'pointer' }, { mode: 'strict' });
    expect(result.issues[0]).toMatchObject({ code: 'invalid_value', path: 'ui.mouseCursor' });
    expect(result.issues[0].message).toContain('click');
  });

  it('reports missing required props', () => {
    const result = parseStacDocument({ type: 'image' }, { mode: 'strict' });
    expect(codes(result.issues)).toEqual(['error:missing_required@ui.src']);
    expect(result.issues[0].message).toContain('"src"');
  });

  it('requires data or content on text', () => {
    const result = parseStacDocument({ type: 'text' }, { mode: 'strict' });
    expect(codes(result.issues)).toEqual(['error:missing_required@ui.data']);
    expect(result.issues[0].message).toContain('"data" or "content"');
  });

  it('reports a node without type and a non-object child', () => {
    const result = parseStacDocument(
      { type: 'column', children: [{ data: 'no type' }, 'just text'] },
      { mode: 'strict' },
    );
    expect(codes(result.issues)).toEqual([
      'error:missing_type@ui.children[0].type',
      'error:not_an_object@ui.children[1]',
    ]);
  });

  it('validates EdgeInsets lists as [left, top, right, bottom] and rejects other lengths', () => {
    expect(parseStacDocument({ type: 'padding', padding: [1, 2, 3, 4] }, { mode: 'strict' }).ok).toBe(true);
    const result = parseStacDocument({ type: 'padding', padding: [1, 2] }, { mode: 'strict' });
    expect(codes(result.issues)).toEqual(['error:invalid_value@ui.padding']);
    const word = parseStacDocument({ type: 'padding', padding: 'wide' }, { mode: 'strict' });
    expect(word.issues[0].message).toMatch(
      /^expected EdgeInsets: a number, a list \[left, top, right, bottom\]/,
    );
  });

  it('accepts alpha-first colours, opacity suffixes and Material names, and flags unknown colours', () => {
    const ok = parseStacDocument(
      {
        type: 'column',
        children: [
          { type: 'container', color: '#80FFFFFF' },
          { type: 'container', color: 'primary@20' },
          { type: 'container', color: 'blueAccent' },
        ],
      },
      { mode: 'strict' },
    );
    expect(ok.issues).toEqual([]);
    const strict = parseStacDocument({ type: 'container', color: '#FFF' }, { mode: 'strict' });
    expect(codes(strict.issues)).toEqual(['error:invalid_value@ui.color']);
    // Stac paints an unknown colour transparent, so rendering keeps the node with a warning.
    const lenient = parseStacDocument({ type: 'container', color: 'notacolour' });
    expect(codes(lenient.issues)).toEqual(['warning:invalid_value@ui.color']);
    expect(lenient.document?.type).toBe('container');
  });

  it('flags script and document URLs as unsafe_url: errors when publishing, warnings when rendering', () => {
    const doc = {
      type: 'column',
      children: [
        { type: 'image', src: 'java\nscript:alert(1)' },
        { type: 'webView', url: 'data:text/html,<script>x</script>' },
        { type: 'image', src: 'javascript:{{payload}}' },
        { type: 'image', src: 'https://example.com/a.png' },
        { type: 'image', src: 'data:image/png;base64,iVBORw0KGgo=' },
        { type: 'image', src: 'assets/logo.svg' },
      ],
    };
    const strict = parseStacDocument(doc, { mode: 'strict' });
    expect(codes(strict.issues)).toEqual([
      'error:unsafe_url@ui.children[0].src',
      'error:unsafe_url@ui.children[1].url',
      'error:unsafe_url@ui.children[2].src',
    ]);
    expect(strict.issues[0].message).toContain('expected an http(s) URL');
    const lenient = parseStacDocument(doc);
    expect(lenient.issues.every((i) => i.severity === 'warning')).toBe(true);
    const actions = parseStacDocument(
      {
        type: 'textButton',
        child: { type: 'text', data: 'x' },
        onPressed: { actionType: 'networkRequest', url: 'file:///etc/passwd' },
      },
      { mode: 'strict' },
    );
    expect(codes(actions.issues)).toEqual(['error:unsafe_url@ui.onPressed.url']);
  });

  it('reports unknown props only in strict mode, as warnings with a hint', () => {
    const doc = { type: 'container', colour: '#FF0000', child: { type: 'text', data: 'x' } };
    expect(parseStacDocument(doc).issues).toEqual([]);
    const strict = parseStacDocument(doc, { mode: 'strict' });
    expect(strict.ok).toBe(true);
    expect(strict.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_property',
        severity: 'warning',
        path: 'ui.colour',
        hint: 'did you mean "color"?',
      }),
    ]);
  });

  it('hints at the prop a shorter name probably meant', () => {
    const result = parseStacDocument({ type: 'text', data: 'x', align: 'center' }, { mode: 'strict' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_property',
        path: 'ui.align',
        hint: 'did you mean "textAlign"?',
      }),
    ]);
  });

  it('treats props named like what every object inherits as unknown, and checks the real ones still', () => {
    const doc = {
      type: 'text',
      data: 'x',
      constructor: 1,
      toString: 'y',
      hasOwnProperty: 2,
      maxLines: 'two',
    };
    const result = parseStacDocument(doc, { mode: 'strict' });
    expect(codes(result.issues)).toEqual([
      'warning:unknown_property@ui.constructor',
      'warning:unknown_property@ui.toString',
      'warning:unknown_property@ui.hasOwnProperty',
      'error:invalid_value@ui.maxLines',
    ]);
    const empty = Object.create({ actionType: 'navigate' }) as object;
    const button = parseStacDocument({
      type: 'textButton',
      child: { type: 'text', data: 'x' },
      onPressed: empty,
    });
    expect(button.issues).toEqual([]);
  });

  it('uses the root path the caller names', () => {
    const result = parseStacDocument(
      { type: 'text', data: 1 },
      { rootPath: 'plugins[3].ui', mode: 'strict' },
    );
    expect(result.issues[0].path).toBe('plugins[3].ui.data');
  });
});

describe('parseStacDocument: a name repeated across a document', () => {
  it('gives every use of an unknown method, action or widget type its issue and the hint for that kind of name', () => {
    const button = {
      type: 'elevatedButton',
      child: { type: 'text', data: 'Go' },
      onPressed: { method: 'showAlrt' },
    };
    const result = parseStacDocument({
      type: 'column',
      children: [button, button, { type: 'colum' }, { type: 'showAlrt' }, { type: 'colum' }],
    });
    const issues = result.issues.map(({ code, path, hint }) => [code, path, hint]);
    expect(issues).toEqual([
      ['unknown_action', 'ui.children[0].onPressed.method', 'did you mean "showAlert"?'],
      ['unknown_action', 'ui.children[1].onPressed.method', 'did you mean "showAlert"?'],
      ['unknown_widget', 'ui.children[2].type', 'did you mean "column"?'],
      ['unknown_widget', 'ui.children[3].type', undefined],
      ['unknown_widget', 'ui.children[4].type', 'did you mean "column"?'],
    ]);
    expect(result.issues[1].message).toContain('(getUserName, showAlert, navigate, logout)');
  });
});

describe('parseStacDocument: lenient mode keeps the rest of the document', () => {
  it('drops a refused property and reports it, but still renders its widget', () => {
    const result = parseStacDocument({
      type: 'column',
      children: [
        { type: 'text', data: 'first' },
        { type: 'text', data: 'bad', maxLines: 'two', style: { fontSize: 'huge', color: '#FF0000' } },
        { type: 'text', data: 'third' },
      ],
    });
    expect(result.ok).toBe(true);
    const children = result.document?.children as StacNode[];
    expect(children[0]).toEqual({ type: 'text', data: 'first' });
    // Only the refused values go: the rest of the style object stays.
    expect(children[1]).toEqual({ type: 'text', data: 'bad', style: { color: '#FF0000' } });
    expect(codes(result.issues)).toEqual([
      'error:invalid_value@ui.children[1].maxLines',
      'error:invalid_value@ui.children[1].style.fontSize',
    ]);
    expect(children[2]).toEqual({ type: 'text', data: 'third' });
  });

  it('replaces a widget that lacks a required property with the stac:invalid marker and keeps its siblings', () => {
    const result = parseStacDocument({
      type: 'column',
      children: [{ type: 'icon' }, { type: 'padding', padding: 'wide', child: { type: 'text', data: 'x' } }],
    });
    expect(result.ok).toBe(true);
    const children = result.document?.children as StacNode[];
    expect(children[0]).toMatchObject({
      type: INVALID_NODE_TYPE,
      originalType: 'icon',
      issue: { code: 'missing_required', path: 'ui.children[0].icon' },
    });
    // A required property that is refused leaves the widget without it, for the reason reported once.
    expect(children[1]).toMatchObject({
      type: INVALID_NODE_TYPE,
      originalType: 'padding',
      issue: { code: 'invalid_value', path: 'ui.children[1].padding' },
    });
    expect(codes(result.issues)).toEqual([
      'error:missing_required@ui.children[0].icon',
      'error:invalid_value@ui.children[1].padding',
    ]);
  });

  it("leaves the host's objects untouched: a node is copied only on the way to what was replaced or dropped", () => {
    const kept = { type: 'column', children: [{ type: 'text', data: 'kept' }] };
    const button = {
      type: 'elevatedButton',
      child: { type: 'text', data: 'Buy' },
      onPressed: { actionType: 'multiAction' },
      style: { elevation: 2 },
    };
    const doc = { type: 'column', crossAxisAlignment: 'start', children: [kept, { type: 'icon' }, button] };
    const before = structuredClone(doc);
    const result = parseStacDocument(doc);
    expect(doc).toEqual(before);
    const root = result.document as StacNode & { children: StacNode[] };
    // The path to the replaced icon and the dropped action is new; every other prop is there, in its order.
    expect(root).not.toBe(doc);
    expect(Object.keys(root)).toEqual(['type', 'crossAxisAlignment', 'children']);
    expect(root.children[1]).toMatchObject({ type: INVALID_NODE_TYPE, originalType: 'icon' });
    expect(Object.keys(root.children[2])).toEqual(['type', 'child', 'style']);
    expect(root.children[2]).toMatchObject({ child: button.child, style: button.style });
    // A part that was valid as it came is the host's own object: an unchanged node keeps its identity.
    expect(root.children[0]).toBe(kept);
    expect(parseStacDocument(kept).document).toBe(kept);
  });

  it('keeps the chip and the grid of a gallery document when one of their properties is refused', () => {
    const result = parseStacDocument({
      type: 'column',
      children: [
        { type: 'chip', label: { type: 'text', data: 'Tag' }, visualDensity: 'dense' },
        { type: 'gridView', crossAxisCount: 2, physics: 'sticky', children: [{ type: 'text', data: 'A' }] },
      ],
    });
    const children = result.document?.children as StacNode[];
    expect(children.map((child) => child.type)).toEqual(['chip', 'gridView']);
    expect(children[1]).not.toHaveProperty('physics');
    expect(codes(result.issues)).toEqual([
      'error:invalid_value@ui.children[0].visualDensity',
      'error:invalid_value@ui.children[1].physics',
    ]);
  });

  it('keeps unknown widget types in the tree for the renderer fallback', () => {
    const result = parseStacDocument({
      type: 'center',
      child: { type: 'exampleScreen', assetPath: 'a.json' },
    });
    expect(result.ok).toBe(true);
    expect(result.document?.child).toEqual({ type: 'exampleScreen', assetPath: 'a.json' });
    expect(codes(result.issues)).toEqual(['warning:unknown_widget@ui.child.type']);
  });

  it('makes unknown widget types errors in strict mode', () => {
    const result = parseStacDocument(
      { type: 'center', child: { type: 'exampleScreen' } },
      { mode: 'strict' },
    );
    expect(result.ok).toBe(false);
    expect(codes(result.issues)).toEqual(['error:unknown_widget@ui.child.type']);
  });

  it('accepts widget and action types a host registered', () => {
    const result = parseStacDocument(
      { type: 'assetCard', child: { type: 'text', data: 'x' }, onTap: { actionType: 'openAsset' } },
      { mode: 'strict', extraWidgetTypes: ['assetCard'], extraActionTypes: ['openAsset'] },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it('still validates vocabulary widgets and actions when a host registers the same names', () => {
    const result = parseStacDocument(
      {
        type: 'textButton',
        child: { type: 'text', data: 'x', maxLines: 'many' },
        onPressed: { actionType: 'showDialog', widget: { type: 'txet', data: 'y' } },
      },
      { mode: 'strict', extraWidgetTypes: ['text'], extraActionTypes: ['showDialog', 'navigate'] },
    );
    expect(codes(result.issues)).toEqual([
      'error:invalid_value@ui.child.maxLines',
      'error:unknown_widget@ui.onPressed.widget.type',
    ]);
  });

  it('still checks the children of an unknown widget', () => {
    const result = parseStacDocument({ type: 'fancyBox', child: { type: 'text', data: { words: 5 } } });
    expect(codes(result.issues)).toEqual([
      'warning:unknown_widget@ui.type',
      'error:invalid_value@ui.child.data',
    ]);
    expect((result.document?.child as StacNode).type).toBe(INVALID_NODE_TYPE);
  });

  it('drops an invalid action but keeps the button', () => {
    const result = parseStacDocument({
      type: 'elevatedButton',
      child: { type: 'text', data: 'Go' },
      onPressed: { actionType: 'navigate', navigationStyle: 'teleport' },
    });
    expect(result.ok).toBe(true);
    expect(result.document?.type).toBe('elevatedButton');
    expect(result.document?.onPressed).toBeUndefined();
    expect(codes(result.issues)).toEqual(['error:invalid_value@ui.onPressed.navigationStyle']);
  });

  it('warns about unknown actions and keeps them (Stac does nothing for them)', () => {
    const result = parseStacDocument({
      type: 'textButton',
      child: { type: 'text', data: 'x' },
      onPressed: { actionType: 'navigte', routeName: '/a' },
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_action',
        severity: 'warning',
        hint: 'did you mean "navigate"?',
      }),
    ]);
    expect(result.document?.onPressed).toEqual({ actionType: 'navigte', routeName: '/a' });
  });

  it('treats an empty action object as a button that does nothing', () => {
    const result = parseStacDocument(
      { type: 'textButton', child: { type: 'text', data: 'x' }, onPressed: {} },
      { mode: 'strict' },
    );
    expect(result.issues).toEqual([]);
  });

  it('warns about SDK methods Invenicum does not define, in both modes', () => {
    const action = { method: 'runQualityCheck', params: { assetId: '{{asset.id}}' } };
    const strict = parseStacDocument({ type: 'button', label: 'Run', action }, { mode: 'strict' });
    expect(strict.ok).toBe(true);
    expect(codes(strict.issues)).toEqual(['warning:unknown_action@ui.action.method']);
    const known = parseStacDocument(
      {
        type: 'button',
        label: 'Who',
        action: { actionType: 'invenicum_sdk', method: 'getUserName', params: {} },
      },
      { mode: 'strict' },
    );
    expect(known.issues).toEqual([]);
  });

  it('validates widgets nested in actions and value objects', () => {
    const result = parseStacDocument({
      type: 'textButton',
      child: { type: 'text', data: 'Open' },
      onPressed: {
        actionType: 'showDialog',
        widget: {
          type: 'alertDialog',
          title: { type: 'text', data: 'T' },
          content: { type: 'txt', data: 'c' },
        },
      },
    });
    expect(codes(result.issues)).toEqual(['warning:unknown_widget@ui.onPressed.widget.content.type']);
  });

  it('hands each widget node of the tree to onWidget once, as the tree holds it, and no marker', () => {
    const seen: StacNode[] = [];
    const result = parseStacDocument(
      {
        type: 'column',
        children: [
          { type: 'text', data: '<<asset.name>>', maxLines: 'two' },
          { type: 'text', data: ['not', 'a', 'string'] },
          {
            type: 'textButton',
            child: { type: 'text', data: 'Open' },
            onPressed: {
              actionType: 'showDialog',
              widget: { type: 'hostCard', child: { type: 'text', data: 'x' } },
            },
          },
        ],
      },
      { extraWidgetTypes: ['hostCard'], onWidget: (node) => seen.push(node) },
    );
    expect(result.ok).toBe(true);
    type Node = StacNode & { child?: Node; onPressed?: { widget: Node } };
    const tree = result.document as unknown as Node & { children: Node[] };
    const [copied, marker, button] = tree.children;
    // The refused maxLines made a copy of the first text: the copy is what the tree and onWidget hold.
    expect(copied.maxLines).toBeUndefined();
    expect(marker.type).toBe(INVALID_NODE_TYPE);
    const dialog = button.onPressed?.widget;
    const expected = [copied, button.child, dialog?.child, dialog, button, tree];
    expect(new Set(seen)).toEqual(new Set(expected));
    expect(seen).toHaveLength(expected.length);
    expect(seen).not.toContain(marker);
  });

  it('turns a root that is not a widget into a marker rather than a crash', () => {
    const result = parseStacDocument({ type: 'text', data: ['not', 'a', 'string'] });
    expect(result.ok).toBe(true);
    expect(result.document?.type).toBe(INVALID_NODE_TYPE);
  });

  it('drops "__proto__" keys so that unvalidated props cannot leak in through a prototype', () => {
    const result = parseStacDocument(
      '{"type": "column", "children": [], "__proto__": {"mainAxisAlignment": "sideways", "polluted": true}}',
    );
    expect(result.ok).toBe(true);
    const tree = result.document as Record<string, unknown>;
    expect(tree.mainAxisAlignment).toBeUndefined();
    expect(tree.polluted).toBeUndefined();
    expect(Object.getPrototypeOf(tree)).toBe(Object.prototype);
    expect(codes(result.issues)).toEqual(['warning:unknown_property@ui.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fails for input that is no object at all', () => {
    expect(parseStacDocument(42)).toMatchObject({
      ok: false,
      issues: [{ code: 'not_an_object', path: 'ui' }],
    });
    expect(parseStacDocument(null).ok).toBe(false);
  });
});

describe('parseStacDocument: JSON text input', () => {
  it('parses JSON text', () => {
    const result = parseStacDocument('{"type": "text", "data": "hi"}');
    expect(result.ok).toBe(true);
    expect(result.document).toEqual({ type: 'text', data: 'hi' });
  });

  it('reports bad JSON with line and column', () => {
    const result = parseStacDocument('{\n  "type": "text",\n  "data": "x",,\n}');
    expect(result.ok).toBe(false);
    expect(result.issues[0].code).toBe('invalid_json');
    expect(result.issues[0].message).toMatch(/line 3, column \d+/);
  });
});
