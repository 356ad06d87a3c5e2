import { jsonErrorOffset, locateJsonPath, splitJsonPath } from '../../src/marketplace/locateJsonPath';

const text = JSON.stringify(
  {
    type: 'column',
    children: [
      { type: 'text', data: 'a' },
      { type: 'text', style: { fontSize: 'big' } },
    ],
    'odd key': 1,
  },
  null,
  2,
);

describe('locateJsonPath', () => {
  it('splits issue paths into keys and indexes', () => {
    expect(splitJsonPath('ui.children[1].style.fontSize')).toEqual(['children', 1, 'style', 'fontSize']);
    expect(splitJsonPath('ui["odd key"]')).toEqual(['odd key']);
  });

  it('finds the text of the node an issue names', () => {
    const range = locateJsonPath(text, 'ui.children[1].style.fontSize');
    expect(range).not.toBeNull();
    expect(text.slice(range!.from, range!.to)).toBe('"fontSize": "big"');
    const item = locateJsonPath(text, 'ui.children[1]')!;
    expect(JSON.parse(text.slice(item.from, item.to))).toEqual({ type: 'text', style: { fontSize: 'big' } });
    expect(text.slice(locateJsonPath(text, 'ui["odd key"]')!.from).startsWith('"odd key"')).toBe(true);
  });

  it('falls back to the deepest node it found, and to the start for the root', () => {
    const range = locateJsonPath(text, 'ui.children[1].missing')!;
    expect(JSON.parse(text.slice(range.from, range.to))).toEqual({
      type: 'text',
      style: { fontSize: 'big' },
    });
    expect(locateJsonPath(text, 'ui')).toEqual({ from: 0, to: text.length });
  });

  it('still finds nodes in half-typed text, up to where it breaks', () => {
    const typing =
      '{\n  "type": "column",\n  "children": [\n    { "type": "text", "data": "a" },\n    { "type": "tex';
    const first = locateJsonPath(typing, 'ui.children[0].data')!;
    expect(typing.slice(first.from, first.to)).toBe('"data": "a"');
    const second = locateJsonPath(typing, 'ui.children[1].type')!;
    expect(typing.slice(second.from).startsWith('"type": "tex')).toBe(true);
    expect(locateJsonPath('', 'ui.children[0]')).toBeNull();
    expect(locateJsonPath('   ', 'ui')).toBeNull();
  });

  it('matches escaped keys and, like JSON.parse, the last of duplicate keys', () => {
    const escaped = '{"a\\"b": 1, "type": "x", "type": "text"}';
    expect(escaped.slice(locateJsonPath(escaped, 'ui["a\\"b"]')!.from).startsWith('"a\\"b": 1')).toBe(true);
    const range = locateJsonPath(escaped, 'ui.type')!;
    expect(escaped.slice(range.from, range.to)).toBe('"type": "text"');
  });

  it('stops at the deepest node when the path names an index or key of the wrong kind', () => {
    const range = locateJsonPath(text, 'ui.children.style')!;
    expect(text.slice(range.from).startsWith('"children": [')).toBe(true);
    expect(locateJsonPath(text, 'ui.children[9]')).toEqual(range);
  });

  it('finds a node in nesting deeper than a document may go (the schema refuses it, the editor still points)', () => {
    const deep = '['.repeat(500) + '"x"' + ']'.repeat(500);
    const range = locateJsonPath(deep, `ui${'[0]'.repeat(500)}`)!;
    expect(deep.slice(range.from, range.to)).toBe('"x"');
  });

  it('reads the place of a JSON syntax error from the message', () => {
    const broken = '{\n  "type": "text",\n  "data": }';
    expect(jsonErrorOffset(broken, 'the text is not valid JSON at line 3, column 11: Unexpected token')).toBe(
      broken.indexOf('}'),
    );
    expect(jsonErrorOffset(broken, 'Unexpected token } in JSON at position 30')).toBe(30);
    expect(jsonErrorOffset(broken, 'no place given')).toBeNull();
  });
});
