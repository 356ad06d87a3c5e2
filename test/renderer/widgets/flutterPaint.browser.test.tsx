// @vitest-environment node
/**
 * Values Stac accepts that change what is painted rather than where: gradient tile modes and sweep angles,
 * mouse cursors, an image's filter quality. Rendered in Chromium and read back as the pixels and cursors a
 * user gets; each expected colour is worked out from Flutter's painting rules beside its document.
 */
import { flutterSuite, rgbOf } from './browser/flutterSuite';

// A 2 x 2 PNG: red, blue / blue, white.
const CHECKER_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4zwAEIOI/EAAAHu8F+0huP94AAAAASUVORK5CYII=';
// A 30 x 30 nine-patch: 10 px red corners, green edges, a blue 10 x 10 centre.
const NINE_PATCH_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAB4AAAAeCAIAAAC0Ujn1AAAAMElEQVR42mP4z8CABzHglaZE76jRo0aPGo2udzRERo0eNXqwGD0aHqNGjxo9SIwGAGLcgKqfruu6AAAAAElFTkSuQmCC';
const RED = [255, 0, 0];
const BLUE = [0, 0, 255];
const GREEN = [0, 255, 0];
const WHITE = [255, 255, 255];

/** A 200 x 20 box on green whose red -> blue gradient spans its left half (centerLeft -> center). */
const halfGradient = (id: string, tileMode: string) => ({
  type: 'container',
  color: '#00FF00',
  child: {
    type: 'container',
    width: 200,
    height: 20,
    decoration: {
      gradient: { colors: ['#FF0000', '#0000FF'], begin: 'centerLeft', end: 'center', tileMode },
    },
    child: { type: 'text', data: id, style: { fontSize: 1, color: '#00000000' } },
  },
});

const suite = flutterSuite([
  {
    id: 'tiles',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: ['clamp', 'repeated', 'mirror', 'decal'].map((mode) => ({
        type: 'padding',
        padding: { bottom: 4 },
        child: { type: 'container', child: halfGradient(mode, mode) },
      })),
    },
  },
  // SweepGradient from 0 to pi: clockwise from 3 o'clock through 6 (t 0.5) to 9 o'clock (t 1). The top
  // half lies beyond the sweep: blue with clamp, the sweep again with repeated, nothing with decal.
  {
    id: 'sweep',
    document: {
      type: 'row',
      children: ['clamp', 'repeated', 'decal'].map((tileMode) => ({
        type: 'container',
        color: '#00FF00',
        child: {
          type: 'container',
          width: 100,
          height: 100,
          decoration: {
            gradient: {
              gradientType: 'sweep',
              colors: ['#FF0000', '#0000FF'],
              startAngle: 0,
              endAngle: Math.PI,
              tileMode,
            },
          },
        },
      })),
    },
  },
  {
    id: 'cursors',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        {
          type: 'inkWell',
          mouseCursor: 'help',
          onTap: { actionType: 'none' },
          child: { type: 'text', data: 'Help' },
        },
        { type: 'inkWell', onTap: { actionType: 'none' }, child: { type: 'text', data: 'Tap' } },
        {
          type: 'elevatedButton',
          onPressed: { actionType: 'none' },
          style: { enabledMouseCursor: 'grab' },
          child: { type: 'text', data: 'Grab' },
        },
        {
          type: 'elevatedButton',
          enabled: false,
          style: { disabledMouseCursor: 'forbidden' },
          child: { type: 'text', data: 'Off' },
        },
        { type: 'checkBox', mouseCursor: 'precise', value: true },
        { type: 'slider', mouseCursor: 'resizeLeftRight', value: 0.5 },
      ],
    },
  },
  // A 2 x 2 image filling 100 x 100: each image pixel covers a 50 px square. FilterQuality.none samples the
  // nearest pixel (45, 45 is still pure red); Stac's default, low, filters (45, 45 blends towards the others).
  {
    id: 'filter',
    document: {
      type: 'row',
      children: ['none', 'low'].map((filterQuality) => ({
        type: 'container',
        width: 100,
        height: 100,
        decoration: { image: { src: CHECKER_PNG, fit: 'fill', filterQuality } },
        child: { type: 'text', data: filterQuality, style: { fontSize: 1, color: '#00000000' } },
      })),
    },
  },
  // DecorationImage with centerSlice fromLTRB(10, 10, 20, 20) in a 200 x 100 box (BoxFit.fill, the default
  // with a slice): drawImageNine keeps the 10 px corners, stretches the edges along them and the centre
  // both ways. So (20, 20) is already centre (blue), where a stretched image would still be corner (red).
  {
    id: 'nine-slice',
    document: {
      type: 'container',
      width: 200,
      height: 100,
      decoration: {
        image: {
          src: NINE_PATCH_PNG,
          centerSlice: { rectType: 'fromLTRB', left: 10, top: 10, right: 20, bottom: 20 },
        },
      },
    },
  },
  // Surface tint (ElevationOverlay.applySurfaceTint): the document's surfaceTintColor over the surface at
  // the opacity Material gives the elevation: 5 % at 1, 8 % at 3, 11 % at 6, between steps linearly.
  {
    id: 'tint',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        // AlertDialog: elevation 6 on surfaceContainerHigh #ECE6F0, red at 11 %: (238, 205, 214).
        { type: 'alertDialog', surfaceTintColor: '#FF0000', title: { type: 'text', data: 'Tinted' } },
        // AppBar elevation 3 on surface #FEF7FF, blue at 8 %: (234, 227, 255).
        {
          type: 'appBar',
          elevation: 3,
          surfaceTintColor: '#0000FF',
          title: { type: 'text', data: 'Raised' },
        },
        // AppBar at Material 3's elevation 0: no tint at all (#FEF7FF).
        { type: 'appBar', surfaceTintColor: '#0000FF', title: { type: 'text', data: 'Flat' } },
        // Chip elevation 4 on white, green at 8 + (1/3) * 3 = 9 %: (232, 255, 232).
        {
          type: 'chip',
          elevation: 4,
          backgroundColor: '#FFFFFF',
          surfaceTintColor: '#00FF00',
          label: { type: 'text', data: 'Chip' },
        },
        // ElevatedButton: elevation 1 on surfaceContainerLow #F7F2FA, red at 5 %: (247, 230, 238).
        {
          type: 'elevatedButton',
          onPressed: { actionType: 'none' },
          style: { surfaceTintColor: '#FF0000' },
          child: { type: 'text', data: 'Button' },
        },
      ],
    },
  },
]);

function expectColour(actual: number[], expected: number[], tolerance = 8): void {
  actual.forEach((channel, index) =>
    expect(Math.abs(channel - expected[index]), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance),
  );
}

/** The 200 x 20 gradient box of the `tiles` case in the given tile mode. */
const tile = (nth: number) => ({ selector: '.stac-container[style*="gradient"]', nth });

describe('Flutter painting in Chromium', () => {
  it('paints a gradient beyond its span as its tileMode says', async () => {
    const h = suite.harness();
    // x is in px of the 200 px box; the span is x 0..100, so t = x / 100.
    const [clamp, repeated, mirror, decal] = await Promise.all(
      [0, 1, 2, 3].map((nth) =>
        h.pixels('tiles', tile(nth), [
          [1, 10],
          [50, 10],
          [150, 10],
          [190, 10],
        ]),
      ),
    );
    // clamp: red at the start, the mix halfway, blue from the span's end on.
    expectColour(clamp[0], RED);
    expectColour(clamp[1], [128, 0, 127]);
    expectColour(clamp[2], BLUE);
    expectColour(clamp[3], BLUE);
    // repeated: t 1.5 is t 0.5 again (the mix), t 1.9 is nearly blue.
    expectColour(repeated[2], [128, 0, 127]);
    expectColour(repeated[3], [26, 0, 229], 12);
    // mirror: t 1.5 is 0.5 on the way back, t 1.9 is 0.1: nearly red again.
    expectColour(mirror[2], [128, 0, 127]);
    expectColour(mirror[3], [229, 0, 26], 12);
    // decal: nothing beyond the span; the green behind shows.
    expectColour(decal[1], [128, 0, 127]);
    expectColour(decal[2], GREEN);
    expectColour(decal[3], GREEN);
  });

  it('sweeps a gradient between its start and end angles', async () => {
    const h = suite.harness();
    const box = (nth: number) => ({ selector: '.stac-container[style*="gradient"]', nth });
    // (50, 90) is 6 o'clock: t 0.5. (50, 10) is 12 o'clock, 3 pi / 2: t 1.5.
    const [clamp, repeated, decal] = await Promise.all(
      [0, 1, 2].map((nth) =>
        h.pixels('sweep', box(nth), [
          [50, 90],
          [50, 10],
        ]),
      ),
    );
    expectColour(clamp[0], [128, 0, 127], 12);
    expectColour(clamp[1], BLUE);
    expectColour(repeated[1], [128, 0, 127], 12);
    expectColour(decal[1], GREEN);
  });

  it('shows the mouse cursor a document asks for, and Flutter defaults elsewhere', async () => {
    const h = suite.harness();
    const [help, tap, grab, off, check, slider] = await h.measure([
      { caseId: 'cursors', target: { selector: '.stac-inkWell', nth: 0 }, styles: ['cursor'] },
      { caseId: 'cursors', target: { selector: '.stac-inkWell', nth: 1 }, styles: ['cursor'] },
      {
        caseId: 'cursors',
        target: { selector: '.stac-elevatedButton', nth: 0 },
        styles: ['cursor'],
      },
      {
        caseId: 'cursors',
        target: { selector: '.stac-elevatedButton', nth: 1 },
        styles: ['cursor'],
      },
      { caseId: 'cursors', target: { selector: '.stac-checkBox input' }, styles: ['cursor'] },
      { caseId: 'cursors', target: { selector: '.stac-slider' }, styles: ['cursor'] },
    ]);
    expect(help.styles.cursor).toBe('help');
    // InkWell's default over something tappable: SystemMouseCursors.click.
    expect(tap.styles.cursor).toBe('pointer');
    expect(grab.styles.cursor).toBe('grab');
    expect(off.styles.cursor).toBe('not-allowed');
    expect(check.styles.cursor).toBe('crosshair');
    expect(slider.styles.cursor).toBe('ew-resize');
  });

  it('lays surfaceTintColor over dialogs, app bars, chips and buttons by their elevation', async () => {
    const h = suite.harness();
    const [dialog, raised, flat, chip, button] = await h.measure(
      ['alertDialog', 'appBar', 'appBar', 'chip', 'elevatedButton'].map((type, index) => ({
        caseId: 'tint',
        target: { selector: `.stac-${type}`, nth: index === 2 ? 1 : 0 },
      })),
    );
    expectColour(rgbOf(dialog.backgroundColor), [238, 205, 214], 1);
    expectColour(rgbOf(raised.backgroundColor), [234, 227, 255], 1);
    expectColour(rgbOf(flat.backgroundColor), [254, 247, 255], 0);
    expectColour(rgbOf(chip.backgroundColor), [232, 255, 232], 1);
    expectColour(rgbOf(button.backgroundColor), [247, 230, 238], 1);
  });

  it('draws a decoration image with a centerSlice as a nine-patch', async () => {
    const h = suite.harness();
    // The slices are known once the image has loaded.
    await h.page.waitForFunction(() => {
      const layer = document.querySelector('[data-case="nine-slice"] [data-stac-layer="decoration-image"]');
      return layer !== null && getComputedStyle(layer).borderImageSource !== 'none';
    });
    const box = { selector: '.stac-container' };
    const [corner, top, left, centre, nearCorner, end] = await h.pixels('nine-slice', box, [
      [5, 5],
      [100, 5],
      [5, 50],
      [100, 50],
      [20, 20],
      [195, 95],
    ]);
    expectColour(corner, RED);
    expectColour(top, GREEN);
    expectColour(left, GREEN);
    expectColour(centre, BLUE);
    expectColour(nearCorner, BLUE);
    expectColour(end, RED);
  });

  it('samples an image without filtering only for filterQuality none', async () => {
    const h = suite.harness();
    const points: Array<[number, number]> = [
      [10, 10],
      [45, 45],
      [90, 10],
      [90, 90],
    ];
    const none = await h.pixels('filter', { selector: '.stac-container', nth: 0 }, points);
    const low = await h.pixels('filter', { selector: '.stac-container', nth: 1 }, points);
    expectColour(none[0], RED, 0);
    expectColour(none[1], RED, 0);
    expectColour(none[2], BLUE, 0);
    expectColour(none[3], WHITE, 0);
    // Filtered, the middle of the red pixel's square already blends with blue and white.
    const [r, g, b] = low[1];
    expect(r < 250 || g > 5 || b > 5, `low filter at (45, 45): ${low[1]}`).toBe(true);
  });
});
