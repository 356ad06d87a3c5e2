// @vitest-environment node
/**
 * Flutter's layout widgets in Chromium, one document per widget type (those not already measured in
 * flutterLayout.browser.test.tsx), each expected figure worked out from Flutter's layout rules beside it.
 * Screens are 400 x 600: the root gets tight 400 x 600 constraints, as a phone screen gives them.
 */
import { BOX, TEXT, expectBox, flutterSuite, rgbOf } from '../browser/flutterSuite';

const suite = flutterSuite([
  // Align fills its tight parent; bottomRight puts a 50 x 30 child at (400-50, 600-30).
  { id: 'align', document: { type: 'align', alignment: 'bottomRight', child: BOX(50, 30) } },
  // FractionallySizedBox gives its child 0.5 x 400 by 0.25 x 600 tight; center puts 200 x 150 at (100, 225).
  {
    id: 'fractionally-sized-box',
    document: {
      type: 'center',
      child: {
        type: 'fractionallySizedBox',
        widthFactor: 0.5,
        heightFactor: 0.25,
        child: { type: 'container', color: '#FF0000' },
      },
    },
  },
  // LimitedBox caps only an unbounded axis: in a column (unbounded height) a 200 px tall box is held to 50;
  // in a 300 px sizedBox (bounded) the same box keeps 200.
  {
    id: 'limited-box',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'limitedBox', maxHeight: 50, child: BOX(100, 200, '#00AA00') },
        {
          type: 'sizedBox',
          height: 300,
          child: { type: 'limitedBox', maxHeight: 50, child: BOX(100, 200, '#0000AA') },
        },
      ],
    },
  },
  // Opacity paints its child at the given alpha without changing its size; Visibility(visible: false)
  // shows the replacement instead (default SizedBox.shrink), maintainSize keeps the child's 100 x 40 space.
  {
    id: 'opacity-visibility',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'opacity', opacity: 0.5, child: BOX(100, 40, '#FF0000') },
        { type: 'visibility', visible: false, child: TEXT('Hidden'), replacement: TEXT('Shown instead') },
        {
          type: 'visibility',
          visible: false,
          maintainSize: true,
          maintainAnimation: true,
          maintainState: true,
          child: BOX(100, 40, '#00FF00'),
        },
        BOX(10, 10, '#0000FF'),
      ],
    },
  },
  // Clips: ClipRRect rounds the child's corners by borderRadius; ClipOval makes an ellipse of its box.
  {
    id: 'clips',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'clipRRect', borderRadius: 12, child: BOX(100, 100, '#FF0000') },
        { type: 'clipOval', child: BOX(80, 40, '#00FF00') },
      ],
    },
  },
  // ColoredBox is as large as its child and paints its colour behind it.
  {
    id: 'colored-box',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [{ type: 'coloredBox', color: '#FF9800', child: BOX(80, 40) }],
    },
  },
  // Row main axis: a spacer takes all free space; spaceEvenly splits 400 - 3 x 50 = 250 into four gaps of
  // 62.5. A loose Flexible lets its child keep its own 50 px; a tight one (fit: tight) shares the row with
  // an Expanded like another Expanded: 200 each. A loose Flexible's share caps a long text: beside a 100 px
  // box the text wraps within 300 px and the box follows it.
  {
    id: 'flex',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'row', children: [BOX(50, 10, '#FF0000'), { type: 'spacer' }, BOX(50, 10, '#00FF00')] },
        {
          type: 'row',
          mainAxisAlignment: 'spaceEvenly',
          children: [BOX(50, 10, '#FF0000'), BOX(50, 10, '#00FF00'), BOX(50, 10, '#0000FF')],
        },
        {
          type: 'row',
          children: [{ type: 'flexible', child: BOX(50, 10, '#FF0000') }, BOX(100, 10, '#00FF00')],
        },
        {
          type: 'row',
          children: [
            { type: 'flexible', fit: 'tight', child: BOX(50, 10, '#FF0000') },
            { type: 'expanded', child: { type: 'container', height: 10, color: '#0000FF' } },
          ],
        },
        {
          type: 'row',
          children: [
            {
              type: 'flexible',
              child: TEXT('A long line of text that cannot fit in three hundred pixels of row'),
            },
            BOX(100, 10, '#000000'),
          ],
        },
      ],
    },
  },
  // Container constraints hold its child: under maxHeight 50 a 200 px tall box is 50 tall.
  {
    id: 'constraints',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'container', constraints: { maxHeight: 50, maxWidth: 80 }, child: BOX(100, 200, '#FF0000') },
      ],
    },
  },
  // Column: spacing puts 10 px between children; crossAxisAlignment end puts them at the right edge.
  {
    id: 'column',
    document: {
      type: 'column',
      spacing: 10,
      crossAxisAlignment: 'end',
      children: [BOX(100, 20, '#FF0000'), BOX(50, 20, '#00FF00')],
    },
  },
  // Wrap: 100 px children with spacing 10 fit three to a 400 px run (320); runSpacing 5 puts the next run
  // at 20 + 5.
  {
    id: 'wrap',
    document: {
      type: 'wrap',
      spacing: 10,
      runSpacing: 5,
      children: [1, 2, 3, 4, 5].map(() => BOX(100, 20, '#3F51B5')),
    },
  },
  // Container: width/height size the decoration box (padding inside, margin outside); alignment centres
  // the 20 x 20 child in it: (20 + (200-20)/2, 20 + (100-20)/2).
  {
    id: 'container',
    document: {
      type: 'align',
      alignment: 'topLeft',
      child: {
        type: 'container',
        width: 200,
        height: 100,
        margin: 20,
        padding: 10,
        alignment: 'center',
        color: '#E0E0E0',
        child: BOX(20, 20, '#FF0000'),
      },
    },
  },
  // Stack + Positioned: left 10, top 20, width 50, height 60 inside a 300 x 200 stack at the top left.
  {
    id: 'positioned',
    document: {
      type: 'align',
      alignment: 'topLeft',
      child: {
        type: 'sizedBox',
        width: 300,
        height: 200,
        child: {
          type: 'stack',
          children: [
            {
              type: 'positioned',
              left: 10,
              top: 20,
              width: 50,
              height: 60,
              child: { type: 'container', color: '#FF0000' },
            },
          ],
        },
      },
    },
  },
  // FittedBox(contain) scales a 50 x 50 child to the 200 x 100 box's height: 100 x 100, centred at x 50.
  {
    id: 'fitted-box',
    document: {
      type: 'align',
      alignment: 'topLeft',
      child: {
        type: 'sizedBox',
        width: 200,
        height: 100,
        child: { type: 'fittedBox', fit: 'contain', child: BOX(50, 50, '#FF0000') },
      },
    },
  },
  // SafeArea on a screen without insets pads by `minimum` only: the child starts at (16, 16).
  {
    id: 'safe-area',
    document: {
      type: 'safeArea',
      minimum: 16,
      child: { type: 'align', alignment: 'topLeft', child: BOX(40, 40, '#FF0000') },
    },
  },
  // Placeholder: in a column (unbounded height) it takes the width (400) and fallbackHeight (100), and draws
  // a 2 px stroke in #455A64 (Flutter's default colour).
  {
    id: 'placeholder',
    document: { type: 'column', children: [{ type: 'placeholder', fallbackHeight: 100 }] },
  },
  // Conditional shows ifTrue when the expression holds, ifFalse otherwise; Hero shows its child as is;
  // BackdropFilter blurs what is behind its child (ImageFilter.blur sigma 4 is a CSS blur of 4 px).
  {
    id: 'conditional-hero-backdrop',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'conditional', condition: '2 > 1', ifTrue: TEXT('Yes'), ifFalse: TEXT('No') },
        { type: 'conditional', condition: '1 > 2', ifTrue: TEXT('Never'), ifFalse: TEXT('Otherwise') },
        { type: 'hero', tag: 'photo', child: BOX(60, 30, '#FF0000') },
        {
          type: 'backdropFilter',
          filter: { type: 'blur', sigmaX: 4, sigmaY: 4 },
          child: BOX(60, 30),
        },
      ],
    },
  },
]);

describe("Flutter's layout widgets in Chromium", { timeout: 30_000 }, () => {
  it('aligns a child in the whole screen', async () => {
    expectBox(await suite.at('align', { selector: '.stac-sizedBox' }), {
      x: 350,
      y: 570,
      width: 50,
      height: 30,
    });
  });

  it('sizes a fractionallySizedBox child as a fraction of the space it gets', async () => {
    expectBox(await suite.at('fractionally-sized-box', { selector: '.stac-container' }), {
      x: 100,
      y: 225,
      width: 200,
      height: 150,
    });
  });

  it('limits only an unbounded height with limitedBox', async () => {
    const [capped, free] = [
      await suite.at('limited-box', { selector: '.stac-container', nth: 0 }),
      await suite.at('limited-box', { selector: '.stac-container', nth: 1 }),
    ];
    expectBox(capped, { y: 0, width: 100, height: 50 });
    expectBox(free, { y: 50, width: 100, height: 200 });
  });

  it('fades with opacity and hides with visibility, keeping the space only when asked', async () => {
    const faded = await suite.at('opacity-visibility', { selector: '.stac-opacity' }, ['opacity']);
    expect(Number(faded.styles.opacity)).toBeCloseTo(0.5);
    expectBox(faded, { width: 100, height: 40 });
    expect((await suite.at('opacity-visibility', { text: 'Shown instead' })).visible).toBe(true);
    const hidden = await suite
      .harness()
      .measure([{ caseId: 'opacity-visibility', target: { text: 'Hidden' } }]);
    expect(hidden[0].found && hidden[0].visible).toBe(false);
    // Opacity 40 + replacement text (bodyMedium 20) + kept 40 = the last box at y 100.
    const last = await suite.at('opacity-visibility', { selector: '.stac-container', nth: 2 });
    expectBox(last, { y: 40 + 14 * 1.43 + 40 });
  });

  it('clips with a rounded rectangle and an oval', async () => {
    const rrect = await suite.at('clips', { selector: '.stac-clipRRect' }, [
      'border-top-left-radius',
      'overflow',
    ]);
    expect(rrect.styles['border-top-left-radius']).toBe('12px');
    expect(rrect.styles.overflow).toBe('hidden');
    expectBox(rrect, { width: 100, height: 100 });
    const oval = await suite.at('clips', { selector: '.stac-clipOval' }, ['border-top-left-radius']);
    expect(oval.styles['border-top-left-radius']).toBe('50%');
    expectBox(oval, { y: 100, width: 80, height: 40 });
  });

  it('paints a coloredBox the size of its child', async () => {
    const box = await suite.at('colored-box', { selector: '.stac-coloredBox' });
    expectBox(box, { x: 0, y: 0, width: 80, height: 40 });
    expect(rgbOf(box.backgroundColor)).toEqual([255, 152, 0]);
  });

  it('shares a row between spacer, spaceEvenly gaps, flexible and expanded children', async () => {
    const box = (nth: number) => suite.at('flex', { selector: '.stac-container', nth });
    expectBox(await box(1), { x: 350 });
    expectBox(await box(2), { x: 62.5 });
    expectBox(await box(3), { x: 175 });
    expectBox(await box(4), { x: 287.5 });
    expectBox(await suite.at('flex', { selector: '.stac-flexible', nth: 0 }), {
      x: 0,
      width: 50,
    });
    expectBox(await box(6), { x: 50, width: 100 });
    expectBox(await suite.at('flex', { selector: '.stac-flexible', nth: 1 }), {
      x: 0,
      width: 200,
    });
    expectBox(await suite.at('flex', { selector: '.stac-expanded' }), { x: 200, width: 200 });
    const wrapped = await suite.at('flex', { selector: '.stac-flexible', nth: 2 });
    expect(wrapped.width).toBeLessThanOrEqual(301);
    expect(wrapped.height).toBeGreaterThan(14 * 1.43 + 1);
    expectBox(await box(9), { x: wrapped.width, width: 100 });
  });

  it("holds a container's child to its maximum constraints", async () => {
    const outer = await suite.at('constraints', { selector: '.stac-container', nth: 0 });
    expectBox(outer, { width: 80, height: 50 });
    expectBox(await suite.at('constraints', { selector: '.stac-container', nth: 1 }), {
      width: 80,
      height: 50,
    });
  });

  it('spaces column children and aligns them at the cross-axis end', async () => {
    expectBox(await suite.at('column', { selector: '.stac-container', nth: 0 }), {
      x: 300,
      y: 0,
    });
    expectBox(await suite.at('column', { selector: '.stac-container', nth: 1 }), {
      x: 350,
      y: 30,
    });
  });

  it('wraps children into runs with spacing and runSpacing', async () => {
    expectBox(await suite.at('wrap', { selector: '.stac-container', nth: 2 }), { x: 220, y: 0 });
    expectBox(await suite.at('wrap', { selector: '.stac-container', nth: 3 }), { x: 0, y: 25 });
    expectBox(await suite.at('wrap', { selector: '.stac-container', nth: 4 }), {
      x: 110,
      y: 25,
    });
  });

  it('sizes a container with padding inside and margin outside, aligning its child', async () => {
    const outer = await suite.at('container', { selector: '.stac-container', nth: 0 });
    expectBox(outer, { x: 20, y: 20, width: 200, height: 100 });
    expect(rgbOf(outer.backgroundColor)).toEqual([224, 224, 224]);
    expectBox(await suite.at('container', { selector: '.stac-container', nth: 1 }), {
      x: 110,
      y: 60,
      width: 20,
      height: 20,
    });
  });

  it('places a positioned child by its edges and size', async () => {
    expectBox(await suite.at('positioned', { selector: '.stac-container' }), {
      x: 10,
      y: 20,
      width: 50,
      height: 60,
    });
  });

  it('scales a fittedBox child to fit, keeping its aspect ratio', async () => {
    expectBox(await suite.at('fitted-box', { selector: '.stac-container' }), {
      x: 50,
      y: 0,
      width: 100,
      height: 100,
    });
  });

  it('pads a safeArea by its minimum', async () => {
    expectBox(await suite.at('safe-area', { selector: '.stac-container' }), { x: 16, y: 16 });
  });

  it('draws a placeholder as wide as the column and fallbackHeight tall', async () => {
    expectBox(await suite.at('placeholder', { selector: '.stac-placeholder' }), {
      width: 400,
      height: 100,
    });
  });

  it('chooses the conditional branch, shows a hero child and blurs behind a backdropFilter', async () => {
    expect((await suite.at('conditional-hero-backdrop', { text: 'Yes' })).visible).toBe(true);
    expect((await suite.at('conditional-hero-backdrop', { text: 'Otherwise' })).visible).toBe(true);
    const [no, never] = await suite.harness().measure([
      { caseId: 'conditional-hero-backdrop', target: { text: 'No' } },
      { caseId: 'conditional-hero-backdrop', target: { text: 'Never' } },
    ]);
    expect(no.found || never.found).toBe(false);
    expectBox(await suite.at('conditional-hero-backdrop', { selector: '.stac-hero > *' }), {
      width: 60,
      height: 30,
    });
    const blur = await suite.at('conditional-hero-backdrop', { selector: '.stac-backdropFilter' }, [
      'backdrop-filter',
    ]);
    expect(blur.styles['backdrop-filter']).toBe('blur(4px)');
  });
});
