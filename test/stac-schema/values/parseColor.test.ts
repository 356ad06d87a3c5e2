import {
  parseColor,
  THEME_COLOR_ROLES,
  MATERIAL_COLOR_NAMES,
  type ParsedColor,
} from '../../../src/stac-schema/values';

const readable: Array<[string, ParsedColor]> = [
  ['#FF0000', { kind: 'rgba', r: 255, g: 0, b: 0, a: 1 }],
  ['#ff6600', { kind: 'rgba', r: 255, g: 102, b: 0, a: 1 }],
  ['#80FF0000', { kind: 'rgba', r: 255, g: 0, b: 0, a: 128 / 255 }],
  ['#00000000', { kind: 'rgba', r: 0, g: 0, b: 0, a: 0 }],
  ['#FF0000@50', { kind: 'rgba', r: 255, g: 0, b: 0, a: 0.5 }],
  ['#80FFFFFF@50', { kind: 'rgba', r: 255, g: 255, b: 255, a: (128 / 255) * 0.5 }],
  ['primary', { kind: 'role', role: 'primary', opacity: 1 }],
  ['primary@20', { kind: 'role', role: 'primary', opacity: 0.2 }],
  ['surfaceContainerHighest', { kind: 'role', role: 'surfaceContainerHighest', opacity: 1 }],
  ['red', { kind: 'rgba', r: 0xf4, g: 0x43, b: 0x36, a: 1 }],
  ['blueAccent', { kind: 'rgba', r: 0x44, g: 0x8a, b: 0xff, a: 1 }],
  ['black54', { kind: 'rgba', r: 0, g: 0, b: 0, a: 0x8a / 255 }],
  ['white70', { kind: 'rgba', r: 255, g: 255, b: 255, a: 0xb3 / 255 }],
  ['grey@50', { kind: 'rgba', r: 0x9e, g: 0x9e, b: 0x9e, a: 0.5 }],
  ['transparent', { kind: 'rgba', r: 0, g: 0, b: 0, a: 0 }],
];

describe('parseColor', () => {
  it.each(readable)('reads %s', (input, expected) => {
    const parsed = parseColor(input);
    expect(parsed).not.toBeNull();
    if (parsed?.kind === 'rgba' && expected.kind === 'rgba') {
      expect(parsed.r).toBe(expected.r);
      expect(parsed.g).toBe(expected.g);
      expect(parsed.b).toBe(expected.b);
      expect(parsed.a).toBeCloseTo(expected.a, 5);
    } else {
      expect(parsed).toEqual(expected);
    }
  });

  it.each([
    ['#F00'],
    ['#12345'],
    ['notAColour'],
    ['primary@'],
    ['#FF0000@x'],
    [''],
    [42],
    [null],
    [{ r: 1 }],
  ])('refuses %j', (input) => {
    expect(parseColor(input)).toBeNull();
  });

  it('knows all 46 Material 3 roles and resolves each as a role', () => {
    expect(THEME_COLOR_ROLES).toHaveLength(46);
    expect(new Set(THEME_COLOR_ROLES).size).toBe(46);
    for (const role of THEME_COLOR_ROLES)
      expect(parseColor(role)).toEqual({ kind: 'role', role, opacity: 1 });
  });

  it('resolves every Material colour name', () => {
    for (const name of Object.keys(MATERIAL_COLOR_NAMES)) expect(parseColor(name)?.kind).toBe('rgba');
  });
});
