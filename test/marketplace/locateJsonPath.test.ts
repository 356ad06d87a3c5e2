import { jsonErrorOffset, locateJsonPath, splitJsonPath } from '../../src/marketplace';

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

  it('reads the place of a JSON syntax error from the message', () => {
    const broken = '{\n  "type": "text",\n  "data": }';
    expect(jsonErrorOffset(broken, 'the text is not valid JSON at line 3, column 11: Unexpected token')).toBe(
      broken.indexOf('}'),
    );
    expect(jsonErrorOffset(broken, 'Unexpected token } in JSON at position 30')).toBe(30);
    expect(jsonErrorOffset(broken, 'no place given')).toBeNull();
  });
});
