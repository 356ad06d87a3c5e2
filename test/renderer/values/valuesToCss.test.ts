import {
  colorToCss,
  edgeInsetsToCss,
  borderRadiusToCss,
  textStyleToCss,
  boxDecorationToCss,
  gradientToCss,
  alignmentToFlex,
  mainAxisAlignmentToCss,
  flexAlignmentClasses,
  shapeToCss,
  lengthToCss,
} from '../../../src/renderer/values';

/** What the browser keeps after parsing a declaration, the way a user's devtools show it. */
function applied(property: string, value: string | undefined): string {
  const element = document.createElement('div');
  if (value !== undefined) element.style.setProperty(property, value);
  return element.style.getPropertyValue(property);
}

describe('colorToCss', () => {
  it.each([
    ['#80FF0000', 'rgba(255, 0, 0, 0.5)'],
    ['#FF0000', 'rgb(255, 0, 0)'],
    ['#FF0000@50', 'rgba(255, 0, 0, 0.5)'],
    ['black54', 'rgba(0, 0, 0, 0.54)'],
    ['notAColour', 'transparent'],
  ])('paints %s as %s', (input, expected) => {
    expect(applied('color', colorToCss(input))).toBe(expected);
  });

  it('keeps theme roles as variables so a host restyles them', () => {
    expect(colorToCss('primary')).toBe('var(--stac-color-primary)');
    expect(colorToCss('primary@20')).toBe('color-mix(in srgb, var(--stac-color-primary) 20%, transparent)');
  });

  it('leaves an absent colour to the widget default', () => {
    expect(colorToCss(undefined)).toBeUndefined();
    expect(colorToCss('')).toBeUndefined();
  });
});

describe('geometry', () => {
  it('orders padding as CSS does from Flutter left/top/right/bottom', () => {
    expect(edgeInsetsToCss([1, 2, 3, 4])).toBe('2px 3px 4px 1px');
    expect(edgeInsetsToCss({ top: 8 })).toBe('8px 0px 0px 0px');
  });
  it('orders radii as CSS does from Flutter topLeft/topRight/bottomLeft/bottomRight', () => {
    expect(borderRadiusToCss([1, 2, 3, 4])).toBe('1px 2px 4px 3px');
    expect(borderRadiusToCss(12)).toBe('12px');
  });
  it('maps infinity to the full available size', () => {
    expect(lengthToCss('infinity')).toBe('100%');
    expect(lengthToCss(40)).toBe('40px');
  });
  it('maps Flutter alignment names onto flex placement', () => {
    expect(alignmentToFlex('bottomRight')).toEqual({ justifyContent: 'flex-end', alignItems: 'flex-end' });
    expect(alignmentToFlex('topStart')).toEqual({ justifyContent: 'flex-start', alignItems: 'flex-start' });
    expect(alignmentToFlex(undefined)).toEqual({ justifyContent: 'center', alignItems: 'center' });
  });
  it.each([
    ['spaceBetween', 'space-between'],
    ['spaceEvenly', 'space-evenly'],
    ['end', 'flex-end'],
    [undefined, 'flex-start'],
  ])('maps main axis %s to %s', (input, expected) => {
    expect(mainAxisAlignmentToCss(input)).toBe(expected);
  });
  it('gives a row or column its alignments as classes, Flutter defaults for what is missing or unknown', () => {
    expect(flexAlignmentClasses(undefined, undefined)).toBe('stac-cross-center');
    expect(flexAlignmentClasses('spaceBetween', 'stretch')).toBe('stac-cross-stretch stac-main-spaceBetween');
    expect(flexAlignmentClasses('sideways', 'toString')).toBe('stac-cross-center');
  });
});

describe('textStyleToCss', () => {
  it('reads a theme style name through the theme variables', () => {
    expect(textStyleToCss('headlineSmall').fontSize).toBe('var(--stac-text-headlineSmall-size)');
  });
  it('reads a TextStyle object', () => {
    expect(
      textStyleToCss({
        fontSize: 24,
        fontWeight: 'w600',
        fontStyle: 'italic',
        color: '#000001',
        height: 1.5,
      }),
    ).toEqual({
      fontSize: '24px',
      fontWeight: 600,
      fontStyle: 'italic',
      color: 'rgb(0, 0, 1)',
      lineHeight: 1.5,
    });
  });
  it('keeps a hostile font family from escaping the declaration', () => {
    const css = textStyleToCss({ fontFamily: 'x"; background: url(//evil)' });
    expect(css.fontFamily).not.toContain('url(');
    expect(css.fontFamily?.startsWith('"x background')).toBe(true);
  });
});

describe('boxDecorationToCss', () => {
  it('draws colour, radius, border and shadow', () => {
    const css = boxDecorationToCss({
      color: '#FFFFFF',
      borderRadius: { topLeft: 16, topRight: 16, bottomLeft: 16, bottomRight: 16 },
      border: { color: '#FF0000', width: 2 },
      boxShadow: [{ color: '#40000000', blurRadius: 8, offset: { dx: 0, dy: 4 } }],
    });
    expect(css).toMatchObject({
      backgroundColor: 'rgb(255, 255, 255)',
      borderRadius: '16px',
      border: '2px solid rgb(255, 0, 0)',
      boxShadow: '0px 4px 8px 0px rgba(0, 0, 0, 0.25)',
    });
  });
  it('makes circles round', () => {
    expect(boxDecorationToCss({ shape: 'circle' }).borderRadius).toBe('50%');
  });
  it('draws a decoration image through the URL sanitizer and refuses javascript:', () => {
    expect(boxDecorationToCss({ image: { src: 'https://example.com/a.png', fit: 'cover' } })).toMatchObject({
      backgroundImage: 'url("https://example.com/a.png")',
      backgroundSize: 'cover',
    });
    expect(boxDecorationToCss({ image: { src: 'javascript:alert(1)' } }).backgroundImage).toBeUndefined();
  });
});

describe('gradientToCss', () => {
  it('runs a default linear gradient left to right', () => {
    expect(gradientToCss({ colors: ['#FF0000', '#0000FF'] })).toBe(
      'linear-gradient(to right, rgb(255, 0, 0) 0%, rgb(0, 0, 255) 100%)',
    );
  });
  it('follows the box diagonal from topLeft to bottomRight with stops', () => {
    expect(
      gradientToCss({ colors: ['red', 'blue'], stops: [0, 0.5], begin: 'topLeft', end: 'bottomRight' }),
    ).toBe('linear-gradient(to bottom right, rgb(244, 67, 54) 0%, rgb(33, 150, 243) 50%)');
  });
  it('places a gradient that spans part of the box between its begin and end', () => {
    // centerLeft -> center: the colours change over the left half only.
    expect(gradientToCss({ colors: ['#FF0000', '#0000FF'], end: 'center' })).toBe(
      'linear-gradient(90deg, rgb(255, 0, 0) 0%, rgb(0, 0, 255) 50%)',
    );
  });
  it('tiles beyond the span as tileMode says', () => {
    const half = { colors: ['#FF0000', '#0000FF'], end: 'center' };
    expect(gradientToCss({ ...half, tileMode: 'repeated' })).toBe(
      'repeating-linear-gradient(90deg, rgb(255, 0, 0) 0%, rgb(255, 0, 0) 0%, rgb(0, 0, 255) 50%, rgb(0, 0, 255) 50%)',
    );
    expect(gradientToCss({ ...half, tileMode: 'mirror' })).toMatch(
      /^repeating-linear-gradient\(90deg, .*rgb\(0, 0, 255\) 50%, .*rgb\(255, 0, 0\) 100%\)$/,
    );
    expect(gradientToCss({ ...half, tileMode: 'decal' })).toBe(
      'linear-gradient(90deg, rgba(0, 0, 0, 0) 0%, rgb(255, 0, 0) 0%, rgb(255, 0, 0) 0%, rgb(0, 0, 255) 50%, rgb(0, 0, 255) 50%, rgba(0, 0, 0, 0) 50%)',
    );
  });
  it('draws radial and sweep gradients, a sweep between its angles', () => {
    expect(gradientToCss({ colors: ['red', 'blue'], gradientType: 'radial' })).toMatch(
      /^radial-gradient\(circle closest-side/,
    );
    expect(
      gradientToCss({ colors: ['red', 'blue'], gradientType: 'radial', tileMode: 'repeated', radius: 0.25 }),
    ).toMatch(/^repeating-radial-gradient\(circle closest-side at 50% 50%, .* 50%\)$/);
    expect(
      gradientToCss({
        colors: ['#FF0000', '#0000FF'],
        gradientType: 'sweep',
        startAngle: 0,
        endAngle: Math.PI,
      }),
    ).toBe('conic-gradient(from 90deg at 50% 50%, rgb(255, 0, 0) 0deg, rgb(0, 0, 255) 180deg)');
  });
});

describe('shapeToCss', () => {
  it('reads the full and the plain shape forms', () => {
    expect(shapeToCss({ borderType: 'circleBorder' }).borderRadius).toBe('50%');
    expect(
      shapeToCss({
        borderType: 'roundedRectangleBorder',
        data: { borderRadius: 8, side: { color: '#000000' } },
      }),
    ).toEqual({ borderRadius: '8px', border: '1px solid rgb(0, 0, 0)' });
    expect(shapeToCss({ borderRadius: 20 }).borderRadius).toBe('20px');
  });
});
