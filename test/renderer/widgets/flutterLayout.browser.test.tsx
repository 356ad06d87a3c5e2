// @vitest-environment node
/**
 * The Flutter layout harness at work: STAC documents rendered in real Chromium, all in one page load, and
 * their boxes, colours and text metrics held against what Flutter's layout rules and Material 3 defaults give
 * on a phone (standard visual density, Material 3 baseline light theme), within 1 px.
 *
 * Every expected figure is worked out from Flutter's rules in the comment beside it, never read back from
 * our own output. Screens are 400 x 600 unless a case says otherwise.
 *
 * These are the documents of issue #15's defects; one document per widget type sits beside each widget
 * category's unit tests (test/renderer/widgets/<category>/*.browser.test.tsx, through browser/flutterSuite.ts).
 */
import {
  startHarness,
  type Harness,
  type LayoutCase,
  type Measured,
  type Target,
} from './browser/layoutHarness';
import { ICON, M3, TEXT, expectBox, rgbOf } from './browser/flutterSuite';

const PRIMARY = M3.primary;
const ON_SURFACE_VARIANT = M3.onSurfaceVariant;

/** A tab controller with a bar of two tabs, the bar's own props added. */
function twoTabs(bar: Record<string, unknown>) {
  const tabs = [
    { type: 'tab', text: 'One' },
    { type: 'tab', text: 'Two' },
  ];
  return {
    type: 'defaultTabController',
    length: 2,
    child: { type: 'column', children: [{ type: 'tabBar', ...bar, tabs }] },
  };
}

const CASES: LayoutCase[] = [
  // Text: a style's fontSize scales the line (Material's bodyMedium carries height 1.43, a multiplier).
  {
    id: 'text-line-height',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [TEXT('Heading', { fontSize: 30 }), TEXT('Body'), TEXT('Tall', { fontSize: 20, height: 2 })],
    },
  },
  // Scaffold: the body gets the screen below the 64 px Material 3 app bar; a center centres in it.
  {
    id: 'scaffold-center',
    document: {
      type: 'scaffold',
      appBar: { type: 'appBar', title: TEXT('Title') },
      body: { type: 'center', child: { type: 'sizedBox', width: 100, height: 50 } },
    },
  },
  // AppBar: title at NavigationToolbar's 16 px middle spacing, or 72 px after a 56 px leading slot;
  // foregroundColor reaches the action icons.
  {
    id: 'appbar-leading',
    document: {
      type: 'scaffold',
      appBar: {
        type: 'appBar',
        leading: { type: 'iconButton', icon: ICON('menu') },
        title: TEXT('Inbox'),
        foregroundColor: '#B3261E',
        actions: [{ type: 'iconButton', icon: ICON('search') }],
      },
      body: { type: 'sizedBox' },
    },
  },
  // PageView at the root: fills the screen, each page the size of the viewport.
  {
    id: 'page-view-root',
    document: {
      type: 'pageView',
      children: [
        { type: 'container', color: '#FF0000', child: TEXT('Page one') },
        { type: 'container', color: '#00FF00', child: TEXT('Page two') },
      ],
    },
  },
  // StackFit.expand gives non-positioned children tight constraints: a 100x100 container fills the stack.
  {
    id: 'stack-expand',
    document: {
      type: 'center',
      child: {
        type: 'sizedBox',
        width: 300,
        height: 200,
        child: {
          type: 'stack',
          fit: 'expand',
          children: [{ type: 'container', width: 100, height: 100, color: '#00AA00' }],
        },
      },
    },
  },
  // AspectRatio passes tight constraints: inside a 300 px wide box at ratio 2, the child is 300 x 150.
  {
    id: 'aspect-ratio',
    document: {
      type: 'center',
      child: {
        type: 'sizedBox',
        width: 300,
        child: {
          type: 'aspectRatio',
          aspectRatio: 2,
          child: { type: 'container', width: 100, height: 100, color: '#0000AA' },
        },
      },
    },
  },
  // A filled text field: 56 px tall, the label rests inside the box as the placeholder until focus, the hint
  // waits for focus, the suffix icon takes InputDecorator's onSurfaceVariant.
  {
    id: 'text-field',
    document: {
      type: 'padding',
      padding: 16,
      child: {
        type: 'column',
        children: [
          {
            type: 'textField',
            decoration: {
              labelText: 'Name',
              hintText: 'Your name',
              hintStyle: { color: '#B3261E' },
              filled: true,
              suffixIcon: ICON('clear'),
            },
          },
        ],
      },
    },
  },
  // Values Stac accepts that used to drop their widget: the chip and the grid render.
  {
    id: 'stac-values',
    document: {
      type: 'column',
      children: [
        {
          type: 'chip',
          label: TEXT('Tag'),
          visualDensity: { horizontal: 0, vertical: 0 },
        },
        {
          type: 'sizedBox',
          height: 100,
          child: {
            type: 'gridView',
            crossAxisCount: 2,
            physics: 'fixed',
            children: [TEXT('A'), TEXT('B')],
          },
        },
      ],
    },
  },
  // Controls: Cupertino switch 51 x 31 in systemGreen when on; checkColor paints the tick; the Material 3
  // switch keeps its 52 x 32 track; a StacMaterialColor thumb paints with its primary colour.
  {
    id: 'controls',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'switch', switchType: 'cupertino', value: true },
        {
          type: 'switch',
          value: true,
          thumbColor: {
            primary: '#FFEB3B',
            shade50: '#FFFDE7',
            shade100: '#FFF9C4',
            shade200: '#FFF59D',
            shade300: '#FFF176',
            shade400: '#FFEE58',
            shade500: '#FFEB3B',
            shade600: '#FDD835',
            shade700: '#FBC02D',
            shade800: '#F9A825',
            shade900: '#F57F17',
          },
        },
        { type: 'checkBox', value: true, checkColor: '#FFEB3B', activeColor: '#1B5E20' },
      ],
    },
  },
  // TabBar: Material 3's primary tabs draw a 3 px indicator as wide as the label, not the tab; with
  // indicatorSize tab it spans the whole tab.
  { id: 'tab-bar', document: twoTabs({}) },
  { id: 'tab-bar-wide', document: twoTabs({ indicatorSize: 'tab' }) },
  // Table border radius and card surfaceTintColor.
  {
    id: 'table-card',
    document: {
      type: 'column',
      children: [
        {
          type: 'table',
          border: { color: '#000000', width: 1, borderRadius: 8 },
          children: [{ type: 'tableRow', children: [TEXT('a'), TEXT('b')] }],
        },
        {
          type: 'card',
          elevation: 1,
          color: '#FFFFFF',
          surfaceTintColor: '#FF0000',
          child: { type: 'sizedBox', width: 100, height: 40 },
        },
      ],
    },
  },
  // Floating action buttons: Stac's default small is a 40 x 40 button showing its child; medium 56 x 56;
  // extended labels take foregroundColor over extendedTextStyle's colour.
  {
    id: 'fab',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'floatingActionButton', buttonType: 'small', icon: ICON('add'), child: ICON('add') },
        { type: 'floatingActionButton', buttonType: 'medium', child: ICON('edit') },
        {
          type: 'floatingActionButton',
          buttonType: 'extended',
          icon: ICON('add'),
          child: TEXT('Create'),
          extendedTextStyle: { color: '#00FF00', fontSize: 14 },
          foregroundColor: '#B3261E',
        },
      ],
    },
  },
  // One document per common widget: Material 3 default sizes on a phone.
  {
    id: 'sizes',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        ICON('home'), // Icon: 24 x 24
        { type: 'divider' }, // Divider: full width, 16 tall
        { type: 'circleAvatar', child: TEXT('A') }, // CircleAvatar: radius 20
        { type: 'elevatedButton', child: TEXT('OK') }, // ButtonStyle minimumSize 64 x 40
        { type: 'linearProgressIndicator', value: 0.5 }, // 4 tall, full width
        { type: 'listTile', title: TEXT('One line') }, // one-line ListTile: 56 tall
        { type: 'padding', padding: [10, 20, 30, 40], child: { type: 'sizedBox', width: 10, height: 10 } },
        {
          type: 'row',
          children: [
            { type: 'expanded', child: { type: 'container', height: 10, color: '#FF0000' } },
            { type: 'expanded', flex: 3, child: { type: 'container', height: 10, color: '#0000FF' } },
          ],
        },
      ],
    },
  },
];

let harness: Harness;
const measured = new Map<string, Measured>();
const key = (caseId: string, target: Target) => `${caseId}|${JSON.stringify(target)}`;

/** Every target the checks below read, measured in one round trip after the page has settled. */
const TARGETS: Array<{ caseId: string; target: Target; styles?: string[] }> = [
  { caseId: 'text-line-height', target: { text: 'Heading' } },
  { caseId: 'text-line-height', target: { text: 'Body' } },
  { caseId: 'text-line-height', target: { text: 'Tall' } },
  { caseId: 'scaffold-center', target: { selector: '.stac-sizedBox' } },
  { caseId: 'scaffold-center', target: { selector: '.stac-appBar' } },
  { caseId: 'scaffold-center', target: { text: 'Title' } },
  { caseId: 'appbar-leading', target: { text: 'Inbox' } },
  { caseId: 'appbar-leading', target: { selector: '.stac-appBar svg', nth: 1 } },
  { caseId: 'page-view-root', target: { selector: '.stac-pageView' } },
  { caseId: 'page-view-root', target: { selector: '.stac-container' } },
  { caseId: 'stack-expand', target: { selector: '.stac-container' } },
  { caseId: 'aspect-ratio', target: { selector: '.stac-container' } },
  { caseId: 'text-field', target: { selector: '.stac-field' } },
  { caseId: 'text-field', target: { text: 'Name' } },
  { caseId: 'text-field', target: { selector: 'input' } },
  { caseId: 'text-field', target: { selector: '.stac-field svg' } },
  { caseId: 'stac-values', target: { selector: '.stac-chip' } },
  { caseId: 'stac-values', target: { text: 'B' } },
  { caseId: 'controls', target: { selector: '.stac-switch', nth: 0 } },
  { caseId: 'controls', target: { selector: '.stac-switch', nth: 1 } },
  { caseId: 'controls', target: { selector: '.stac-switch > span', nth: 0 } },
  { caseId: 'controls', target: { selector: '.stac-switch > span', nth: 1 } },
  { caseId: 'controls', target: { selector: '.stac-checkBox input' } },
  { caseId: 'controls', target: { selector: '.stac-checkBox svg' } },
  { caseId: 'tab-bar', target: { text: 'One' } },
  { caseId: 'tab-bar', target: { selector: '[data-stac-indicator]' } },
  { caseId: 'tab-bar-wide', target: { selector: '[role="tab"]' } },
  { caseId: 'tab-bar-wide', target: { selector: '[data-stac-indicator]' } },
  {
    caseId: 'table-card',
    target: { selector: '.stac-table' },
    styles: ['border-top-left-radius'],
  },
  { caseId: 'table-card', target: { selector: '.stac-card' } },
  { caseId: 'fab', target: { selector: '.stac-floatingActionButton', nth: 0 } },
  { caseId: 'fab', target: { selector: '.stac-floatingActionButton', nth: 1 } },
  { caseId: 'fab', target: { selector: '.stac-floatingActionButton', nth: 2 } },
  { caseId: 'fab', target: { text: 'Create' } },
  { caseId: 'sizes', target: { selector: '[data-stac-icon="home"]' } },
  { caseId: 'sizes', target: { selector: '.stac-divider' } },
  { caseId: 'sizes', target: { selector: '.stac-circleAvatar' } },
  { caseId: 'sizes', target: { selector: '.stac-elevatedButton' } },
  { caseId: 'sizes', target: { selector: '.stac-linearProgressIndicator' } },
  { caseId: 'sizes', target: { selector: '.stac-listTile' } },
  { caseId: 'sizes', target: { selector: '.stac-padding' } },
  { caseId: 'sizes', target: { selector: '.stac-padding .stac-sizedBox' } },
  { caseId: 'sizes', target: { selector: '.stac-expanded', nth: 0 } },
  { caseId: 'sizes', target: { selector: '.stac-expanded', nth: 1 } },
];

function at(caseId: string, target: Target): Measured {
  const found = measured.get(key(caseId, target));
  if (!found?.found) throw new Error(`${caseId}: nothing matches ${JSON.stringify(target)}`);
  return found;
}

async function measureAll(): Promise<void> {
  const results = await harness.measure(TARGETS);
  TARGETS.forEach((request, i) => measured.set(key(request.caseId, request.target), results[i]));
}

beforeAll(async () => {
  harness = await startHarness();
  await harness.show(CASES);
  await measureAll();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('Flutter layout in Chromium', { timeout: 30_000 }, () => {
  it('scales the text line with fontSize (bodyMedium height 1.43), and honours an explicit height', () => {
    const heading = at('text-line-height', { text: 'Heading' });
    expect(heading.fontSize).toBe(30);
    expectBox(heading, { y: 0, height: 30 * 1.43 });
    expectBox(at('text-line-height', { text: 'Body' }), { y: 30 * 1.43, height: 14 * 1.43 });
    expectBox(at('text-line-height', { text: 'Tall' }), { y: 30 * 1.43 + 14 * 1.43, height: 40 });
  });

  it('centres a scaffold body under the 64 px app bar, with the title 16 px in', () => {
    expectBox(at('scaffold-center', { selector: '.stac-appBar' }), { y: 0, height: 64 });
    // Body: y 64..600 (536 tall); the 100 x 50 box sits at ((400-100)/2, 64 + (536-50)/2).
    expectBox(at('scaffold-center', { selector: '.stac-sizedBox' }), {
      x: 150,
      y: 307,
      width: 100,
      height: 50,
    });
    // titleLarge (22/28) centred in the toolbar: y = (64-28)/2.
    expectBox(at('scaffold-center', { text: 'Title' }), { x: 16, y: 18 });
  });

  it('puts the title 72 px in after a leading button and paints the actions in foregroundColor', () => {
    expectBox(at('appbar-leading', { text: 'Inbox' }), { x: 72 });
    expect(at('appbar-leading', { selector: '.stac-appBar svg', nth: 1 }).color).toBe('rgb(179, 38, 30)');
  });

  it('lets a root pageView fill the screen, each page as large as the viewport', () => {
    expectBox(at('page-view-root', { selector: '.stac-pageView' }), { width: 400, height: 600 });
    expectBox(at('page-view-root', { selector: '.stac-container' }), {
      x: 0,
      y: 0,
      width: 400,
      height: 600,
    });
  });

  it("lets a parent's tight constraints override a child's own size (stack fit expand, aspectRatio)", () => {
    expectBox(at('stack-expand', { selector: '.stac-container' }), {
      x: 50,
      y: 200,
      width: 300,
      height: 200,
    });
    expectBox(at('aspect-ratio', { selector: '.stac-container' }), {
      x: 50,
      y: 225,
      width: 300,
      height: 150,
    });
  });

  it('draws a filled text field 56 px tall with the label resting inside and the hint waiting for focus', async () => {
    const field = at('text-field', { selector: '.stac-field' });
    expectBox(field, { x: 16, y: 16, width: 368, height: 56 });
    const label = at('text-field', { text: 'Name' });
    // At rest the label is the placeholder: bodyLarge (16 px), inside the box, vertically centred.
    expect(label.fontSize).toBe(16);
    expect(label.y).toBeGreaterThanOrEqual(field.y);
    expect(label.y + label.height).toBeLessThanOrEqual(field.y + field.height);
    // Vertically centred in the 56 px box: a 24 px line from y 16.
    expectBox(label, { y: field.y + 16, height: 24 });
    expect(at('text-field', { selector: 'input' }).placeholder).toBe('');
    // The suffix icon takes InputDecorator's icon colour.
    expect(at('text-field', { selector: '.stac-field svg' }).color).toBe(ON_SURFACE_VARIANT);

    await harness.page.focus('[data-case="text-field"] input');
    await expect
      .poll(
        async () => (await harness.measure([{ caseId: 'text-field', target: { text: 'Name' } }]))[0].fontSize,
      )
      .toBe(12);
    const [floated, hint] = await harness.measure([
      { caseId: 'text-field', target: { text: 'Name' } },
      { caseId: 'text-field', target: { selector: 'input' } },
    ]);
    // Focused: the label floats to the top of the box (bodySmall), still inside it; the hint shows in hintStyle.
    expect(floated.y).toBeGreaterThanOrEqual(field.y);
    expect(floated.y + floated.height).toBeLessThanOrEqual(field.y + 28);
    expect(floated.color).toBe(PRIMARY);
    expect(hint.placeholder).toBe('Your name');
    expect(hint.placeholderColor).toBe('rgb(179, 38, 30)');
    await harness.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('renders the chip and the grid whose values only Stac used to accept', () => {
    expectBox(at('stac-values', { selector: '.stac-chip' }), { height: 32 });
    expect(at('stac-values', { text: 'B' }).visible).toBe(true);
  });

  it('draws a Cupertino switch, a StacMaterialColor thumb and the checkColor tick', () => {
    const cupertino = at('controls', { selector: '.stac-switch', nth: 0 });
    expectBox(cupertino, { width: 51, height: 31 });
    expect(cupertino.backgroundColor).toBe('rgb(52, 199, 89)');
    expectBox(at('controls', { selector: '.stac-switch', nth: 1 }), { width: 52, height: 32 });
    expect(at('controls', { selector: '.stac-switch > span', nth: 1 }).backgroundColor).toBe(
      'rgb(255, 235, 59)',
    );
    const box = at('controls', { selector: '.stac-checkBox input' });
    expectBox(box, { width: 18, height: 18 });
    expect(box.backgroundColor).toBe('rgb(27, 94, 32)');
    expect(at('controls', { selector: '.stac-checkBox svg' }).color).toBe('rgb(255, 235, 59)');
  });

  it("draws Material 3's tab indicator as wide as the label, 3 px tall, in primary", () => {
    const label = at('tab-bar', { text: 'One' });
    const indicator = at('tab-bar', { selector: '[data-stac-indicator]' });
    expectBox(indicator, { x: label.x, width: label.width, height: 3 });
    expect(indicator.backgroundColor).toBe(PRIMARY);
  });

  it('draws a tab-sized indicator along the bottom of the selected tab, as wide as the tab', () => {
    const tab = at('tab-bar-wide', { selector: '[role="tab"]' });
    const indicator = at('tab-bar-wide', { selector: '[data-stac-indicator]' });
    expectBox(indicator, { x: tab.x, width: tab.width, y: tab.y + tab.height - 3, height: 3 });
  });

  it("rounds a table's border and tints a card with surfaceTintColor by its elevation", () => {
    expect(at('table-card', { selector: '.stac-table' }).styles['border-top-left-radius']).toBe('8px');
    // Material tints by elevation: 5% of the tint over the colour at elevation 1 -> (255, 242, 242).
    expect(rgbOf(at('table-card', { selector: '.stac-card' }).backgroundColor)).toEqual([255, 242, 242]);
  });

  it('sizes floating action buttons as Material 3 does and labels them in foregroundColor', () => {
    expectBox(at('fab', { selector: '.stac-floatingActionButton', nth: 0 }), {
      width: 40,
      height: 40,
    });
    expectBox(at('fab', { selector: '.stac-floatingActionButton', nth: 1 }), {
      width: 56,
      height: 56,
    });
    expectBox(at('fab', { selector: '.stac-floatingActionButton', nth: 2 }), { height: 56 });
    expect(at('fab', { text: 'Create' }).color).toBe('rgb(179, 38, 30)');
  });

  it('gives common widgets their Material 3 sizes', () => {
    expectBox(at('sizes', { selector: '[data-stac-icon="home"]' }), { width: 24, height: 24 });
    expectBox(at('sizes', { selector: '.stac-divider' }), { width: 400, height: 16 });
    expectBox(at('sizes', { selector: '.stac-circleAvatar' }), { width: 40, height: 40 });
    expectBox(at('sizes', { selector: '.stac-elevatedButton' }), { height: 40 });
    expect(at('sizes', { selector: '.stac-elevatedButton' }).width).toBeGreaterThanOrEqual(64);
    expectBox(at('sizes', { selector: '.stac-linearProgressIndicator' }), {
      width: 400,
      height: 4,
    });
    expectBox(at('sizes', { selector: '.stac-listTile' }), { width: 400, height: 56 });
    // EdgeInsets [left, top, right, bottom] = [10, 20, 30, 40] around a 10 x 10 box.
    const padding = at('sizes', { selector: '.stac-padding' });
    expectBox(padding, { width: 50, height: 70 });
    const inner = at('sizes', { selector: '.stac-padding .stac-sizedBox' });
    expectBox(inner, { x: padding.x + 10, y: padding.y + 20 });
    // Expanded flex 1 and 3 share 400 px: 100 and 300.
    expectBox(at('sizes', { selector: '.stac-expanded', nth: 0 }), { x: 0, width: 100 });
    expectBox(at('sizes', { selector: '.stac-expanded', nth: 1 }), { x: 100, width: 300 });
  });
});
