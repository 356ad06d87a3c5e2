import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Buttons',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Button: Story = { name: 'button', args: widgetArgs('button') };
export const ElevatedButton: Story = { name: 'elevatedButton', args: widgetArgs('elevatedButton') };
export const FilledButton: Story = { name: 'filledButton', args: widgetArgs('filledButton') };
export const OutlinedButton: Story = { name: 'outlinedButton', args: widgetArgs('outlinedButton') };
export const TextButton: Story = { name: 'textButton', args: widgetArgs('textButton') };
export const IconButton: Story = { name: 'iconButton', args: widgetArgs('iconButton') };
export const FloatingActionButton: Story = {
  name: 'floatingActionButton',
  args: widgetArgs('floatingActionButton'),
};
export const InkWell: Story = { name: 'inkWell', args: widgetArgs('inkWell') };
export const GestureDetector: Story = { name: 'gestureDetector', args: widgetArgs('gestureDetector') };
