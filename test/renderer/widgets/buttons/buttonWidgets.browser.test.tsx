// @vitest-environment node
/**
 * Text, icons and buttons in Chromium, one document per widget type, against Material 3's defaults on a
 * phone (the Material surface, without the invisible 48 px tap-target padding Flutter adds around it).
 * Each expected figure is worked out from Flutter's rules in the comment beside it.
 */
import { ICON, M3, TEXT, expectBox, flutterSuite, rgbOf } from '../browser/flutterSuite';

const LABEL = 'Submit order';

const suite = flutterSuite([
  // Text: a style's fontSize and fontWeight apply; maxLines 2 in a 120 px box holds the text to two
  // bodyMedium lines (2 x 14 x 1.43); an icon is `size` square in its colour.
  {
    id: 'text-icon',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        TEXT('Bold', { fontSize: 24, fontWeight: 'w700', color: '#B3261E' }),
        {
          type: 'sizedBox',
          width: 120,
          child: {
            type: 'text',
            data: 'One two three four five six seven eight nine ten eleven twelve',
            maxLines: 2,
            overflow: 'ellipsis',
          },
        },
        ICON('favorite', { size: 48, color: '#B3261E' }),
      ],
    },
  },
  // Buttons: ButtonStyle minimumSize 64 x 40; the label (labelLarge, 14 px) is padded 24 px each side on
  // elevated/filled/outlined buttons and 12 px on a text button (Material 3's _scaledPadding).
  {
    id: 'buttons',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'elevatedButton', child: TEXT(LABEL) },
        { type: 'filledButton', child: TEXT(LABEL) },
        { type: 'outlinedButton', child: TEXT(LABEL) },
        { type: 'textButton', child: TEXT(LABEL) },
        { type: 'textButton', child: TEXT('OK') },
        { type: 'button', label: 'Simple' },
      ],
    },
  },
  // A plain label (the button's own text): one line centred in the 40 px button; a label held to a 120 px
  // wide button wraps and its lines stay centred (Flutter centres the label's box); a style's alignment moves
  // the label to the button's start in a fixed 200 px button.
  {
    id: 'label-buttons',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'elevatedButton', child: TEXT('Add to cart') },
        {
          type: 'sizedBox',
          width: 120,
          child: { type: 'filledButton', child: TEXT('Add this label to the cart') },
        },
        {
          type: 'elevatedButton',
          style: { alignment: 'centerLeft', fixedSize: { width: 200, height: 40 } },
          child: TEXT('Start'),
        },
      ],
    },
  },
  // IconButton: 40 x 40 (8 px padding around a 24 px icon), icon in onSurfaceVariant.
  // InkWell and GestureDetector are as large as their child.
  {
    id: 'touch',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'iconButton', icon: ICON('settings') },
        { type: 'inkWell', child: { type: 'sizedBox', width: 120, height: 30 } },
        { type: 'gestureDetector', child: { type: 'sizedBox', width: 90, height: 20 } },
      ],
    },
  },
]);

describe('Flutter text, icons and buttons in Chromium', { timeout: 30_000 }, () => {
  it('styles text and holds it to maxLines; sizes and colours an icon', async () => {
    const bold = await suite.at('text-icon', { text: 'Bold' }, ['font-weight']);
    expect(bold.fontSize).toBe(24);
    expect(bold.styles['font-weight']).toBe('700');
    expect(bold.color).toBe('rgb(179, 38, 30)');
    // Material's default line for a style that sets only fontSize keeps bodyMedium's 1.43.
    expectBox(bold, { height: 24 * 1.43 });
    const clipped = await suite.at('text-icon', {
      selector: '.stac-sizedBox .stac-text',
    });
    expectBox(clipped, { width: 120, height: 2 * 14 * 1.43 });
    const icon = await suite.at('text-icon', { selector: '[data-stac-icon="favorite"]' }, ['fill']);
    expectBox(icon, { width: 48, height: 48 });
    expect(icon.styles.fill).toBe('rgb(179, 38, 30)');
  });

  it('sizes and colours the four Material 3 buttons and the simple button', async () => {
    const button = (type: string, nth = 0) => suite.at('buttons', { selector: `.stac-${type}`, nth });
    // The label is the button's own text: its run, not the button's box.
    const label = await suite.at('buttons', { text: LABEL, textRun: true });
    const elevated = await button('elevatedButton');
    expectBox(elevated, { height: 40, width: label.width + 48 });
    // Elevated: surfaceContainerLow with a primary label.
    expect(rgbOf(elevated.backgroundColor)).toEqual([247, 242, 250]);
    expect(elevated.color).toBe(M3.primary);
    const filled = await button('filledButton');
    expectBox(filled, { height: 40, width: label.width + 48 });
    expect(filled.backgroundColor).toBe(M3.primary);
    expect(filled.color).toBe(M3.onPrimary);
    // Outlined: a 1 px outline-coloured side drawn on the shape, inside the box (it adds no width).
    const outlined = await suite.at('buttons', { selector: '.stac-outlinedButton' }, [
      'outline-width',
      'outline-color',
      'outline-offset',
    ]);
    expectBox(outlined, { height: 40, width: label.width + 48 });
    expect(outlined.styles['outline-width']).toBe('1px');
    expect(outlined.styles['outline-offset']).toBe('-1px');
    expect(outlined.styles['outline-color']).toBe(M3.outline);
    const text = await button('textButton');
    expectBox(text, { height: 40, width: label.width + 24 });
    expect(text.color).toBe(M3.primary);
    // "OK" + 24 px is under the minimum width: 64.
    expectBox(await button('textButton', 1), { height: 40, width: 64 });
    // The simple form is a filled button.
    const simple = await button('button');
    expectBox(simple, { height: 40 });
    expect(simple.backgroundColor).toBe(M3.primary);
  });

  it("centres a plain label in its button, wraps it inside the button's width and follows a style's alignment", async () => {
    const centreOf = (m: { x: number; y: number; width: number; height: number }) => [
      m.x + m.width / 2,
      m.y + m.height / 2,
    ];
    const one = await suite.at('label-buttons', { selector: '.stac-elevatedButton' });
    const oneLabel = await suite.at('label-buttons', { text: 'Add to cart', textRun: true });
    expectBox(one, { height: 40, width: oneLabel.width + 48 });
    const [x, y] = centreOf(oneLabel);
    expectBox(oneLabel, {
      x: centreOf(one)[0] - oneLabel.width / 2,
      y: centreOf(one)[1] - oneLabel.height / 2,
    });
    expect(Math.abs(x - centreOf(one)[0]) + Math.abs(y - centreOf(one)[1])).toBeLessThanOrEqual(1);
    // The label wraps to labelLarge lines of 20 px inside 120 - 48 px; the button is as tall as they are (at
    // least 40 px) and the lines are centred.
    const wrapped = await suite.at('label-buttons', { selector: '.stac-filledButton' });
    const wrappedLabel = await suite.at('label-buttons', {
      text: 'Add this label to the cart',
      textRun: true,
    });
    const lines = Math.round(wrappedLabel.height / 20);
    expect(lines).toBeGreaterThan(1);
    expectBox(wrapped, { width: 120, height: Math.max(40, lines * 20) });
    // Inside the padding, and centred down the button (across, each line is centred: a wrapped line's hanging
    // space is part of the run's box).
    expect(wrappedLabel.x).toBeGreaterThanOrEqual(wrapped.x + 24 - 1);
    expect(wrappedLabel.x + wrappedLabel.width).toBeLessThanOrEqual(wrapped.x + 120 - 24 + 1);
    expectBox(wrappedLabel, { y: wrapped.y + (wrapped.height - wrappedLabel.height) / 2 });
    // alignment centerLeft: the label starts after the 24 px padding of a 200 px button, still centred across.
    const start = await suite.at('label-buttons', { selector: '.stac-elevatedButton', nth: 1 });
    const startLabel = await suite.at('label-buttons', { text: 'Start', textRun: true });
    expectBox(start, { width: 200, height: 40 });
    expectBox(startLabel, { x: start.x + 24, y: start.y + (40 - startLabel.height) / 2 });
  });

  it('lays the state layer over a button while it is hovered or pressed, and takes it away after', async () => {
    const h = suite.harness();
    // A point of the elevated button's surface left of its label (the label starts 24 px in).
    const surface = async () =>
      (await h.pixels('buttons', { selector: '.stac-elevatedButton' }, [[6, 20]]))[0];
    // Material 3's state layer: the label's colour (primary) at 8% hovered, 12% pressed, over
    // surfaceContainerLow.
    const low = [247, 242, 250];
    const primary = [103, 80, 164];
    const layered = (opacity: number) => low.map((c, i) => Math.round(c + (primary[i] - c) * opacity));
    const near = (expected: number[]) => async () => {
      const actual = await surface();
      return actual.every((channel, i) => Math.abs(channel - expected[i]) <= 3);
    };
    const elevated = h.page.locator('[data-case="buttons"] .stac-elevatedButton');
    await expect.poll(near(low)).toBe(true);
    await elevated.hover();
    await expect.poll(near(layered(0.08))).toBe(true);
    await h.page.mouse.down();
    await expect.poll(near(layered(0.12))).toBe(true);
    await h.page.mouse.up();
    await h.page.mouse.move(1, (h.page.viewportSize()?.height ?? 600) - 1);
    await expect.poll(near(low)).toBe(true);
  });

  it('keeps a transparent state layer, which its fade out needs, only on a control the pointer has been over', async () => {
    const h = suite.harness();
    // The filled button: no test before this one points at it.
    const filled = h.page.locator('[data-case="buttons"] .stac-filledButton');
    const layer = () =>
      filled.evaluate((button) => {
        const style = getComputedStyle(button, '::after');
        return `${style.content} ${style.display} ${style.opacity}`;
      });
    // Beside the button, inside its view (the column is as wide as the view).
    const button = (await filled.boundingBox())!;
    const view = (await h.page.locator('[data-case="buttons"] .stac-view').boundingBox())!;
    const beside = { x: button.x + button.width + 16, y: button.y + button.height / 2 };
    expect(beside.x).toBeLessThan(view.x + view.width);
    // Pointer away from the view, then into it beside the button: no layer at all. A view's controls resolve
    // no pseudo-element when the pointer enters or leaves the view (a thousand buttons would be restyled).
    await h.page.mouse.move(view.x + view.width / 2, view.y + view.height + 8);
    expect(await layer()).toMatch(/^none /);
    await h.page.mouse.move(beside.x, beside.y);
    expect(
      await h.page.evaluate(
        ([x, y]) => !!document.elementFromPoint(x, y)?.closest('.stac-view'),
        [beside.x, beside.y],
      ),
    ).toBe(true);
    expect(await layer()).toMatch(/^none /);
    // With the page's animations held, leaving a hovered button keeps its layer shown: the fade out has begun
    // (without the hidden layer it would vanish at once).
    const devtools = await h.page.context().newCDPSession(h.page);
    await devtools.send('Animation.enable');
    await devtools.send('Animation.setPlaybackRate', { playbackRate: 0 });
    try {
      await filled.hover();
      await expect.poll(layer).toMatch(/^"" block /);
      await h.page.mouse.move(beside.x, beside.y);
      expect(await layer()).toMatch(/^"" block /);
    } finally {
      await devtools.send('Animation.setPlaybackRate', { playbackRate: 1 });
      await devtools.detach();
    }
    // The faded layer stays, transparent: entering or leaving the button again changes only its opacity,
    // where making and dropping the layer made Chromium lay out and pre-paint the whole list each time.
    await expect
      .poll(() => filled.evaluate((button) => button.getAnimations({ subtree: true }).length))
      .toBe(0);
    expect(await layer()).toBe('"" block 0');
    // Only that control keeps it; its neighbours the pointer never crossed have none.
    const others = h.page.locator('[data-case="buttons"] .stac-view button:not([data-stac-hovered])');
    expect(await others.count()).toBeGreaterThan(0);
    expect(
      await others.evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b, '::after').content)),
    ).toEqual(Array.from({ length: await others.count() }, () => 'none'));
  });

  it('keeps a state layer inside its control, which is positioned only once the pointer comes over it', async () => {
    const h = suite.harness();
    // The outlined button: no test before this one points at it.
    const outlined = h.page.locator('[data-case="buttons"] .stac-outlinedButton');
    const position = () => outlined.evaluate((button) => getComputedStyle(button).position);
    // At rest a control is not positioned: a thousand positioned buttons cost Chromium a paint layer each.
    expect(await position()).toBe('static');
    const button = (await outlined.boundingBox())!;
    const view = (await h.page.locator('[data-case="buttons"] .stac-view').boundingBox())!;
    // A point of the view just right of the button, and one of the button's surface left of its label.
    const beside: [number, number] = [button.x + button.width + 6 - view.x, button.y + 20 - view.y];
    const paint = async () => {
      const [outside] = await h.pixels('buttons', { selector: '.stac-view' }, [beside]);
      const [inside] = await h.pixels('buttons', { selector: '.stac-outlinedButton' }, [[6, 20]]);
      return { outside, inside };
    };
    const atRest = await paint();
    await outlined.hover();
    // Hovered: the layer tints the button (primary at 8% over the page) and nothing beside it.
    await expect.poll(async () => (await paint()).inside).not.toEqual(atRest.inside);
    expect((await paint()).outside).toEqual(atRest.outside);
    await h.page.mouse.down();
    expect((await paint()).outside).toEqual(atRest.outside);
    await h.page.mouse.up();
    expect(await position()).toBe('relative');
  });

  it('sizes an icon button to 40 x 40 and touch areas to their child', async () => {
    const iconButton = await suite.at('touch', { selector: '.stac-iconButton' });
    expectBox(iconButton, { width: 40, height: 40 });
    const icon = await suite.at('touch', { selector: '.stac-iconButton svg' }, ['fill']);
    expectBox(icon, { x: iconButton.x + 8, y: iconButton.y + 8, width: 24, height: 24 });
    expect(icon.styles.fill).toBe(M3.onSurfaceVariant);
    expectBox(await suite.at('touch', { selector: '.stac-inkWell' }), {
      y: 40,
      width: 120,
      height: 30,
    });
    expectBox(await suite.at('touch', { selector: '.stac-gestureDetector' }), {
      y: 70,
      width: 90,
      height: 20,
    });
  });
});
