// @vitest-environment node
/**
 * Flutter's navigation widgets in Chromium, one document per widget type (scaffold, appBar, tabBar and tab
 * are measured in flutterLayout.browser.test.tsx), against Flutter's sizes on a 400 x 600 phone screen.
 * Each expected figure is worked out in the comment beside it.
 */
import { ICON, M3, TEXT, expectBox, flutterSuite } from '../browser/flutterSuite';

const suite = flutterSuite([
  // BottomNavigationBar (fixed, two items): kBottomNavigationBarHeight 56 at the foot of the screen
  // (y = 600 - 56), each item half the width; selectedFontSize 14 in primary, unselectedFontSize 12.
  // The bottomNavigationView shows the controller's page (index 0) in the body above it.
  {
    id: 'bottom-navigation',
    document: {
      type: 'defaultBottomNavigationController',
      length: 2,
      child: {
        type: 'scaffold',
        body: { type: 'bottomNavigationView', children: [TEXT('Home page'), TEXT('Settings page')] },
        bottomNavigationBar: {
          type: 'bottomNavigationBar',
          items: [
            { label: 'Home', icon: ICON('home') },
            { label: 'Settings', icon: ICON('settings') },
          ],
        },
      },
    },
  },
  // An app bar with a TabBar at its bottom: 64 (toolbar) + 48 (TabBar.preferredSize: the 46 px text tab
  // height + indicatorWeight 2); the TabBarView fills the body below, showing the first tab's page.
  {
    id: 'tab-bar-view',
    document: {
      type: 'defaultTabController',
      length: 2,
      child: {
        type: 'scaffold',
        appBar: {
          type: 'appBar',
          title: TEXT('Library'),
          bottom: {
            type: 'tabBar',
            tabs: [
              { type: 'tab', text: 'Books' },
              { type: 'tab', text: 'Films' },
            ],
          },
        },
        body: { type: 'tabBarView', children: [TEXT('Books page'), TEXT('Films page')] },
      },
    },
  },
  // A fixed TabBar in a centring column is still the column's full width: its tabs are Expanded in a row,
  // so two tabs share 400 px (200 each) and 'Near' is centred in the first at x 100.
  {
    id: 'tab-bar-in-column',
    document: {
      type: 'defaultTabController',
      length: 2,
      child: {
        type: 'column',
        children: [
          {
            type: 'tabBar',
            tabs: [
              { type: 'tab', text: 'Near' },
              { type: 'tab', text: 'Far' },
            ],
          },
        ],
      },
    },
  },
  // A SliverAppBar without expandedHeight is a 64 px Material 3 toolbar at the top of its scroll view.
  {
    id: 'sliver-app-bar',
    document: {
      type: 'customScrollView',
      slivers: [{ type: 'sliverAppBar', title: TEXT('Photos') }],
    },
  },
]);

describe("Flutter's navigation widgets in Chromium", { timeout: 30_000 }, () => {
  it('puts a 56 px bottom navigation bar at the foot of the screen and shows the selected page', async () => {
    const bar = await suite.at('bottom-navigation', { selector: '.stac-bottomNavigationBar' });
    expectBox(bar, { x: 0, y: 544, width: 400, height: 56 });
    const home = await suite.at('bottom-navigation', { text: 'Home' });
    expect(home.fontSize).toBe(14);
    expect(home.color).toBe(M3.primary);
    // BottomNavigationBar's own defaults (not NavigationBar's): the bar on the canvas colour (surface
    // #FEF7FF), unselected items in unselectedWidgetColor, black54.
    expect(bar.backgroundColor).toBe('rgb(254, 247, 255)');
    const settings = await suite.at('bottom-navigation', { text: 'Settings' });
    expect(settings.fontSize).toBe(12);
    expect(settings.color).toBe('rgba(0, 0, 0, 0.54)');
    // Each item is centred in its half: Home's label around x 100, Settings' around x 300.
    expect(home.x + home.width / 2).toBeCloseTo(100, 0);
    expect(settings.x + settings.width / 2).toBeCloseTo(300, 0);
    expectBox(await suite.at('bottom-navigation', { text: 'Home page' }), { y: 0 });
    const hidden = await suite
      .harness()
      .measure([{ caseId: 'bottom-navigation', target: { text: 'Settings page' } }]);
    expect(hidden[0].found && hidden[0].visible).toBe(false);
  });

  it('stacks a tab bar under the toolbar and shows the first tab page below both', async () => {
    expectBox(await suite.at('tab-bar-view', { selector: '.stac-appBar' }), {
      y: 0,
      height: 112,
    });
    expectBox(await suite.at('tab-bar-view', { selector: '.stac-tabBar' }), {
      y: 64,
      width: 400,
      height: 48,
    });
    expectBox(await suite.at('tab-bar-view', { text: 'Books page' }), { y: 112 });
    const films = await suite.harness().measure([{ caseId: 'tab-bar-view', target: { text: 'Films page' } }]);
    // The second page sits beside the first (off screen) or is not rendered: either way it is not seen.
    expect(films[0].found && films[0].visible && films[0].x < 400).toBe(false);
  });

  it('spreads a fixed tab bar over the whole width of a column, tabs in equal shares', async () => {
    expectBox(await suite.at('tab-bar-in-column', { selector: '.stac-tabBar' }), {
      x: 0,
      width: 400,
    });
    expectBox(await suite.at('tab-bar-in-column', { selector: '[role="tab"]', nth: 1 }), {
      x: 200,
      width: 200,
    });
    const near = await suite.at('tab-bar-in-column', { text: 'Near' });
    expect(Math.abs(near.x + near.width / 2 - 100)).toBeLessThanOrEqual(1);
  });

  it('draws a sliver app bar as a 64 px toolbar', async () => {
    expectBox(await suite.at('sliver-app-bar', { selector: '.stac-sliverAppBar' }), {
      y: 0,
      width: 400,
      height: 64,
    });
    expectBox(await suite.at('sliver-app-bar', { text: 'Photos' }), { x: 16 });
  });
});
