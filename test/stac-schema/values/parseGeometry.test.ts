import {
  parseEdgeInsets,
  parseBorderRadius,
  parseAlignment,
  parseDuration,
  parseNumber,
  TEXT_STYLE_NAMES,
  ALIGNMENT_NAMES,
} from '../../../src/stac-schema/values';

describe('parseNumber', () => {
  it.each([
    [3, 3],
    [-2.5, -2.5],
    ['12', 12],
    [' 0.5 ', 0.5],
    ['-4e2', -400],
    ['infinity', Infinity],
    ['negativeInfinity', -Infinity],
    ['maxFinite', Number.MAX_VALUE],
    ['minPositive', Number.MIN_VALUE],
  ])('reads %j as %s', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });
  it('reads "nan" as NaN', () => expect(parseNumber('nan')).toBeNaN());
  it.each([['12px'], ['abc'], [''], [true], [null], [[1]]])('refuses %j', (input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe('parseEdgeInsets', () => {
  it.each([
    [8, { left: 8, top: 8, right: 8, bottom: 8 }],
    ['16', { left: 16, top: 16, right: 16, bottom: 16 }],
    [[1, 2, 3, 4], { left: 1, top: 2, right: 3, bottom: 4 }],
    [['1', 2, '3', 4], { left: 1, top: 2, right: 3, bottom: 4 }],
    [{ top: 10 }, { left: 0, top: 10, right: 0, bottom: 0 }],
    [
      { left: 4, right: '6', bottom: 2 },
      { left: 4, top: 0, right: 6, bottom: 2 },
    ],
  ])('reads %j', (input, expected) => {
    expect(parseEdgeInsets(input)).toEqual(expected);
  });
  it.each([[[1, 2]], ['wide'], [{ top: 'x' }], [null], [true]])('refuses %j', (input) => {
    expect(parseEdgeInsets(input)).toBeNull();
  });
});

describe('parseBorderRadius', () => {
  it.each([
    [12, { topLeft: 12, topRight: 12, bottomLeft: 12, bottomRight: 12 }],
    [[1, 2, 3, 4], { topLeft: 1, topRight: 2, bottomLeft: 3, bottomRight: 4 }],
    [
      { topLeft: 8, bottomRight: '4' },
      { topLeft: 8, topRight: 0, bottomLeft: 0, bottomRight: 4 },
    ],
  ])('reads %j', (input, expected) => {
    expect(parseBorderRadius(input)).toEqual(expected);
  });
  it.each([[[1, 2, 3]], ['round'], [{ topLeft: [] }]])('refuses %j', (input) => {
    expect(parseBorderRadius(input)).toBeNull();
  });
});

describe('parseAlignment', () => {
  it.each([
    ['topLeft', { x: -1, y: -1, directional: false }],
    ['center', { x: 0, y: 0, directional: false }],
    ['bottomRight', { x: 1, y: 1, directional: false }],
    ['centerLeft', { x: -1, y: 0, directional: false }],
    ['topCenter', { x: 0, y: -1, directional: false }],
    ['topStart', { x: -1, y: -1, directional: true }],
    ['centerEnd', { x: 1, y: 0, directional: true }],
    ['bottomEnd', { x: 1, y: 1, directional: true }],
    [
      { dx: 0.5, dy: -0.25 },
      { x: 0.5, y: -0.25, directional: false },
    ],
    [
      { dx: '1', dy: 0 },
      { x: 1, y: 0, directional: false },
    ],
  ])('reads %j', (input, expected) => {
    expect(parseAlignment(input)).toEqual(expected);
  });
  it('has the 9 absolute and 6 directional names', () => {
    expect(ALIGNMENT_NAMES).toHaveLength(15);
  });
  it.each([['middle'], [3], [{ dx: 'left' }], [null]])('refuses %j', (input) => {
    expect(parseAlignment(input)).toBeNull();
  });
});

describe('parseDuration', () => {
  it.each([
    [{ seconds: 2 }, 2000],
    [{ minutes: 1, milliseconds: 500 }, 60_500],
    [{ days: 1 }, 86_400_000],
    [{ hours: '1' }, 3_600_000],
    [250, 250],
    [{}, 0],
  ])('reads %j as %d ms', (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });
  it.each([[{ seconds: 'soon' }], ['later'], [null]])('refuses %j', (input) => {
    expect(parseDuration(input)).toBeNull();
  });
});

describe('TEXT_STYLE_NAMES', () => {
  it('lists the 15 Material 3 type scale styles', () => {
    expect(TEXT_STYLE_NAMES).toHaveLength(15);
    expect(TEXT_STYLE_NAMES).toContain('displayLarge');
    expect(TEXT_STYLE_NAMES).toContain('labelSmall');
  });
});
