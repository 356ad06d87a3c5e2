import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Data',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Conditional: Story = { name: 'conditional', args: widgetArgs('conditional') };
export const DynamicView: Story = { name: 'dynamicView', args: widgetArgs('dynamicView') };
export const NetworkWidget: Story = { name: 'networkWidget', args: widgetArgs('networkWidget') };
export const SetValue: Story = { name: 'setValue', args: widgetArgs('setValue') };
export const WebView: Story = { name: 'webView', args: widgetArgs('webView') };
