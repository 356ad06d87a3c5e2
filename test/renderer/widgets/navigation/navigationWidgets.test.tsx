import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderStac, widget } from '../renderStac';

const text = (data: string) => ({ type: 'text', data });

describe('scaffold and app bars', () => {
  it('lays out app bar, body, FAB and bottom bar like a page', () => {
    const { container } = renderStac({
      type: 'scaffold',
      appBar: {
        type: 'appBar',
        title: text('Inventory'),
        actions: [{ type: 'iconButton', tooltip: 'Search', icon: { type: 'icon', icon: 'search' } }],
      },
      body: { type: 'center', child: text('Home') },
      floatingActionButton: {
        type: 'floatingActionButton',
        tooltip: 'Add asset',
        child: { type: 'icon', icon: 'add' },
      },
      bottomNavigationBar: {
        type: 'bottomNavigationBar',
        items: [
          { label: 'Home', icon: { type: 'icon', icon: 'home' } },
          { label: 'Profile', icon: { type: 'icon', icon: 'person' } },
        ],
      },
    });
    expect(screen.getByRole('heading', { name: 'Inventory' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('Home');
    expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add asset' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Bottom navigation' })).toBeInTheDocument();
    const scaffold = widget(container, 'scaffold');
    expect(scaffold.style.backgroundColor).toBe('var(--stac-color-surface)');
    expect(widget(container, 'appBar').style.backgroundColor).toBe('var(--stac-color-surface)');
  });

  it('opens the drawer from the implied menu button and closes it with Escape', async () => {
    renderStac({
      type: 'scaffold',
      appBar: { type: 'appBar', title: text('Shop') },
      drawer: { type: 'column', children: [text('Settings')] },
      body: text('Body'),
    });
    expect(screen.queryByText('Settings')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open navigation menu' }));
    const drawer = screen.getByRole('dialog', { name: 'Navigation drawer' });
    expect(within(drawer).getByText('Settings')).toBeInTheDocument();
    expect(drawer).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps Tab inside the open drawer', async () => {
    renderStac({
      type: 'scaffold',
      appBar: { type: 'appBar', title: text('Shop') },
      drawer: {
        type: 'column',
        children: [
          { type: 'textButton', onPressed: { actionType: 'none' }, child: text('Orders') },
          { type: 'textButton', onPressed: { actionType: 'none' }, child: text('Settings') },
        ],
      },
      body: { type: 'textButton', onPressed: { actionType: 'none' }, child: text('Outside') },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Open navigation menu' }));
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Orders' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Settings' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Orders' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Settings' })).toHaveFocus();
  });

  it('pins a sliver app bar at the top of a custom scroll view', () => {
    const { container } = renderStac({
      type: 'customScrollView',
      slivers: [{ type: 'sliverAppBar', title: text('SliverAppBar'), backgroundColor: 'primary' }],
    });
    const bar = widget(container, 'sliverAppBar');
    expect(bar.style.position).toBe('sticky');
    expect(bar.style.backgroundColor).toBe('var(--stac-color-primary)');
    expect(screen.getByRole('heading', { name: 'SliverAppBar' })).toBeInTheDocument();
  });
});

describe('tabs', () => {
  const tabs = {
    type: 'defaultTabController',
    length: 3,
    child: {
      type: 'column',
      children: [
        {
          type: 'tabBar',
          tabs: [
            { type: 'tab', text: 'Cars' },
            { type: 'tab', text: 'Trains' },
            { type: 'tab', text: 'Planes' },
          ],
        },
        { type: 'tabBarView', children: [text('Car list'), text('Train list'), text('Plane list')] },
      ],
    },
  };

  it('switches the tab view when a tab is clicked', async () => {
    renderStac(tabs);
    expect(screen.getByRole('tab', { name: 'Cars' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Car list');
    await userEvent.click(screen.getByRole('tab', { name: 'Planes' }));
    expect(screen.getByRole('tab', { name: 'Planes' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Cars' })).toHaveAttribute('aria-selected', 'false');
    const panel = screen.getByRole('tabpanel', { name: 'Planes' });
    expect(panel).toHaveTextContent('Plane list');
    expect(screen.queryByText('Car list')).not.toBeInTheDocument();
  });

  it('moves between tabs with the arrow keys', async () => {
    renderStac(tabs);
    screen.getByRole('tab', { name: 'Cars' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Trains' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Train list');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Plane list');
  });

  it('starts on the initial index', () => {
    renderStac({ ...tabs, initialIndex: 1 });
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Train list');
  });
});

describe('bottom navigation', () => {
  it('shares the selected page between the bar and the view', async () => {
    renderStac({
      type: 'defaultBottomNavigationController',
      length: 2,
      child: {
        type: 'scaffold',
        body: { type: 'bottomNavigationView', children: [text('Home page'), text('Search page')] },
        bottomNavigationBar: {
          type: 'bottomNavigationBar',
          items: [
            { label: 'Home', icon: { type: 'icon', icon: 'home' } },
            { label: 'Search', icon: { type: 'icon', icon: 'search' } },
          ],
        },
      },
    });
    expect(screen.getByText('Home page')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByText('Search page')).toBeInTheDocument();
    expect(screen.queryByText('Home page')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('aria-current', 'page');
  });
});
