import type { Meta, StoryObj } from '@storybook/react-vite';
import quickActions from '../../public/plugins/quick-actions.json';
import { storyScope } from '../support/storyScope';
import { Playground } from './Playground';

/**
 * Paste a document on the left and the context it binds against below it; the render, the strict
 * validation issues (with JSON paths), render problems and every dispatched action show on the right and in
 * the Actions panel.
 */
const meta = {
  title: 'Authoring/Playground',
  component: Playground,
  parameters: { layout: 'fullscreen' },
  tags: ['playground'],
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const QuickActions: Story = {
  name: 'A catalog plugin (quick-actions)',
  args: { initialDocument: quickActions.ui, initialContext: storyScope('dashboard_top') },
};

export const Blank: Story = {
  name: 'Start from a card',
  args: {
    initialDocument: {
      type: 'card',
      child: {
        type: 'padding',
        padding: 16,
        child: {
          type: 'column',
          crossAxisAlignment: 'start',
          spacing: 8,
          children: [
            { type: 'text', data: 'Hello <<user.name>>', style: 'titleMedium' },
            { type: 'text', data: '{{asset.name}}: {{asset.quantity}} in stock at {{asset.location}}' },
            {
              type: 'filledButton',
              onPressed: {
                actionType: 'invenicum_sdk',
                method: 'showAlert',
                params: { message: 'Checked <<asset.name>>' },
              },
              child: { type: 'text', data: 'Check' },
            },
          ],
        },
      },
    },
    initialContext: storyScope('asset_detail'),
  },
};

export const WithIssues: Story = {
  name: 'A document with issues',
  args: {
    initialDocument: {
      type: 'column',
      children: [
        { type: 'text', data: 'Size as a word', style: { fontSize: 'big' } },
        { type: 'txet', data: 'A misspelt type' },
        { type: 'text', data: 'Unbound: {{asset.colour}}' },
        {
          type: 'elevatedButton',
          onPressed: { actionType: 'launchRockets' },
          child: { type: 'text', data: 'Go' },
        },
      ],
    },
    initialContext: storyScope('dashboard_top'),
  },
};
