import axe from 'axe-core';
import { renderStac } from './renderStac';

const text = (data: string) => ({ type: 'text', data });
const none = { actionType: 'none' };

/** One screen with every interactive family, the way a plugin might combine them. */
const screenDocument = {
  type: 'scaffold',
  appBar: {
    type: 'appBar',
    title: text('Asset tools'),
    actions: [{ type: 'iconButton', icon: { type: 'icon', icon: 'search' }, onPressed: none }],
  },
  drawer: { type: 'column', children: [text('Menu')] },
  body: {
    type: 'defaultTabController',
    length: 2,
    child: {
      type: 'column',
      children: [
        {
          type: 'tabBar',
          tabs: [
            { type: 'tab', text: 'Edit' },
            { type: 'tab', text: 'History' },
          ],
        },
        {
          type: 'tabBarView',
          children: [
            {
              type: 'form',
              child: {
                type: 'column',
                children: [
                  { type: 'textFormField', id: 'name', decoration: { labelText: 'Name' } },
                  { type: 'textField', decoration: { hintText: 'Notes' } },
                  { type: 'listTile', title: text('Active'), trailing: { type: 'switch', value: true } },
                  { type: 'listTile', title: text('Insured'), leading: { type: 'checkBox', value: false } },
                  { type: 'slider', value: 0.5, semanticLabel: 'Condition' },
                  {
                    type: 'radioGroup',
                    child: {
                      type: 'column',
                      children: [
                        { type: 'listTile', leading: { type: 'radio', value: 'a' }, title: text('New') },
                        { type: 'listTile', leading: { type: 'radio', value: 'b' }, title: text('Used') },
                      ],
                    },
                  },
                  {
                    type: 'dropdownMenu',
                    hintText: 'Category',
                    dropdownMenuEntries: [{ label: 'Tools', value: 't' }],
                  },
                  { type: 'autocomplete', options: ['Drill', 'Saw'] },
                  {
                    type: 'row',
                    children: [
                      { type: 'elevatedButton', onPressed: none, child: text('Save') },
                      { type: 'outlinedButton', onPressed: none, child: text('Cancel') },
                      { type: 'inkWell', onTap: none, child: text('Details') },
                    ],
                  },
                  { type: 'image', src: 'https://example.com/a.png', semanticLabel: 'Asset photo' },
                  { type: 'image', src: 'javascript:alert(1)' },
                  { type: 'linearProgressIndicator', value: 0.3 },
                  { type: 'chip', label: text('Tools'), onDeleted: none },
                  { type: 'listView', separator: { type: 'divider' }, children: [text('a'), text('b')] },
                ],
              },
            },
            text('No history yet'),
          ],
        },
      ],
    },
  },
  floatingActionButton: {
    type: 'floatingActionButton',
    onPressed: none,
    child: { type: 'icon', icon: 'add' },
  },
  bottomNavigationBar: {
    type: 'bottomNavigationBar',
    items: [
      { label: 'Home', icon: { type: 'icon', icon: 'home' } },
      { label: 'Settings', icon: { type: 'icon', icon: 'settings' } },
    ],
  },
};

describe('accessibility', () => {
  it('gives every control a role and a name (axe finds no violations)', async () => {
    const { container } = renderStac(screenDocument);
    const results = await axe.run(container, {
      // jsdom has no layout, so contrast cannot be computed here; the e2e suite checks it in Chromium.
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
