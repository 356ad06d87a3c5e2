import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Content',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Text: Story = { name: 'text', args: widgetArgs('text') };
export const Icon: Story = { name: 'icon', args: widgetArgs('icon') };
export const Image: Story = { name: 'image', args: widgetArgs('image') };
export const CircleAvatar: Story = { name: 'circleAvatar', args: widgetArgs('circleAvatar') };
export const Divider: Story = { name: 'divider', args: widgetArgs('divider') };
export const Chip: Story = { name: 'chip', args: widgetArgs('chip') };
export const Card: Story = { name: 'card', args: widgetArgs('card') };
