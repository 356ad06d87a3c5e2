// @vitest-environment node
/**
 * Flutter's scrolling and table widgets, and the data widgets, in Chromium: one document per widget type
 * (pageView and gridView are measured in flutterLayout.browser.test.tsx). Screens are 400 x 600; each
 * expected figure is worked out in the comment beside it.
 */
import { BOX, TEXT, expectBox, flutterSuite } from '../browser/flutterSuite';

/** A table of one row whose cells sit on the ideographic baseline (Table.textBaseline). */
function ideographicTable(cells: readonly object[]) {
  return {
    type: 'table',
    defaultVerticalAlignment: 'baseline',
    textBaseline: 'ideographic',
    children: [{ type: 'tableRow', children: cells }],
  };
}

const suite = flutterSuite([
  // ListView: items one after another from y 0, each as wide as the list (tight cross axis): a 100 px
  // wide box is 400 wide. RefreshIndicator shows its child as is.
  {
    id: 'list-view',
    document: {
      type: 'refreshIndicator',
      child: {
        type: 'listView',
        children: [BOX(100, 50, '#FF0000'), BOX(100, 50, '#00FF00'), BOX(100, 50, '#0000FF')],
      },
    },
  },
  // SingleChildScrollView: the viewport is the screen (600 tall); the 20 x 100 px column inside scrolls.
  {
    id: 'single-child-scroll-view',
    document: {
      type: 'singleChildScrollView',
      child: { type: 'column', children: Array.from({ length: 20 }, () => BOX(100, 100, '#9E9E9E')) },
    },
  },
  // Table: two flex columns (FlexColumnWidth(1) each) share 400 px: 200 and 200. A middle-aligned cell
  // centres its 20 px bodyMedium line in the 60 px row: y = (60 - 14 x 1.43) / 2.
  {
    id: 'table',
    document: {
      type: 'table',
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', verticalAlignment: 'middle', child: TEXT('Middle') },
            BOX(50, 60, '#FF0000'),
          ],
        },
      ],
    },
  },
  // Table with baseline cells on the ideographic baseline: Flutter's ideographic baseline of a paragraph is
  // the bottom of its first line, so the 14 px text (a 20 px line, bodyMedium's 1.43) ends where the 28 px
  // text's 40 px line ends: its top is 40 - 20 = 20. A cell without text has no baseline: it stays at the
  // top (y 0).
  {
    id: 'table-ideographic',
    document: ideographicTable([
      TEXT('Small', { fontSize: 14 }),
      TEXT('Large', { fontSize: 28 }),
      BOX(20, 20, '#FF0000'),
    ]),
  },
  // A button's baseline is its label's (Flutter passes a child's baseline up through padding and alignment):
  // the 20 px label line (labelLarge) sits in the middle of the 40 px button, so its first line ends at 30,
  // and the 28 px text's at 40: the button goes 10 px down.
  {
    id: 'table-ideographic-button',
    document: ideographicTable([
      TEXT('Large', { fontSize: 28 }),
      { type: 'elevatedButton', onPressed: {}, child: { type: 'text', data: 'Go' } },
    ]),
  },
  // CarouselView (itemExtent 300): each item 300 px along the scroll axis with Material's 4 px padding on
  // every side, so the first item's card is at x 4, 292 wide, as tall as the 200 px box less 8.
  {
    id: 'carousel-view',
    document: {
      type: 'sizedBox',
      height: 200,
      child: {
        type: 'carouselView',
        itemExtent: 300,
        children: [
          { type: 'container', color: '#FF0000' },
          { type: 'container', color: '#00FF00' },
        ],
      },
    },
  },
  // customScrollView lays its slivers out one after another from the top.
  {
    id: 'custom-scroll-view',
    document: {
      type: 'customScrollView',
      slivers: [{ type: 'sliverAppBar', title: TEXT('Top') }],
    },
  },
]);

describe("Flutter's scrolling widgets in Chromium", { timeout: 30_000 }, () => {
  it('lays list items one after another, each as wide as the list', async () => {
    for (const nth of [0, 1, 2])
      expectBox(await suite.at('list-view', { selector: '.stac-container', nth }), {
        x: 0,
        y: nth * 50,
        width: 400,
        height: 50,
      });
  });

  it('scrolls a column taller than the screen inside a single child scroll view', async () => {
    const view = await suite.at('single-child-scroll-view', {
      selector: '.stac-singleChildScrollView',
    });
    expectBox(view, { y: 0, height: 600 });
    expectBox(await suite.at('single-child-scroll-view', { selector: '.stac-container', nth: 19 }), {
      y: 1900,
    });
    const scrolled = await suite.harness().page.evaluate(() => {
      const el = document.querySelector<HTMLElement>(
        '[data-case="single-child-scroll-view"] .stac-singleChildScrollView',
      );
      if (!el) return -1;
      el.scrollTop = 1000;
      return el.scrollTop;
    });
    expect(scrolled).toBe(1000);
  });

  it('shares table columns by flex and centres a middle-aligned cell', async () => {
    expectBox(await suite.at('table', { selector: '.stac-container' }), { x: 200, height: 60 });
    expectBox(await suite.at('table', { text: 'Middle' }), { x: 0, y: (60 - 14 * 1.43) / 2 });
  });

  it('aligns baseline cells on the ideographic baseline, the bottoms of their first lines', async () => {
    const large = await suite.at('table-ideographic', { text: 'Large' });
    expectBox(large, { y: 0, height: 40 });
    expectBox(await suite.at('table-ideographic', { text: 'Small' }), { y: 20, height: 20 });
    expectBox(await suite.at('table-ideographic', { selector: '.stac-container' }), { y: 0 });
  });

  it("aligns a button on the ideographic baseline by its label's first line", async () => {
    expectBox(await suite.at('table-ideographic-button', { text: 'Large' }), { y: 0, height: 40 });
    expectBox(await suite.at('table-ideographic-button', { selector: '.stac-elevatedButton' }), {
      y: 10,
      height: 40,
    });
  });

  it("gives carousel items their extent and Material's 4 px padding", async () => {
    expectBox(await suite.at('carousel-view', { selector: '.stac-container', nth: 0 }), {
      x: 4,
      y: 4,
      width: 292,
      height: 192,
    });
    expectBox(await suite.at('carousel-view', { selector: '.stac-container', nth: 1 }), {
      x: 304,
    });
  });

  it('starts a custom scroll view with its first sliver at the top', async () => {
    expectBox(await suite.at('custom-scroll-view', { selector: '.stac-customScrollView' }), {
      y: 0,
      width: 400,
      height: 600,
    });
    expectBox(await suite.at('custom-scroll-view', { selector: '.stac-sliverAppBar' }), {
      y: 0,
    });
  });
});
