import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Feedback',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AlertDialog: Story = { name: 'alertDialog', args: widgetArgs('alertDialog') };
export const CircularProgressIndicator: Story = {
  name: 'circularProgressIndicator',
  args: widgetArgs('circularProgressIndicator'),
};
export const LinearProgressIndicator: Story = {
  name: 'linearProgressIndicator',
  args: widgetArgs('linearProgressIndicator'),
};
export const RefreshIndicator: Story = { name: 'refreshIndicator', args: widgetArgs('refreshIndicator') };
