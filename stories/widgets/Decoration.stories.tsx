import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Decoration',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BackdropFilter: Story = { name: 'backdropFilter', args: widgetArgs('backdropFilter') };
export const ClipOval: Story = { name: 'clipOval', args: widgetArgs('clipOval') };
export const ClipRRect: Story = { name: 'clipRRect', args: widgetArgs('clipRRect') };
export const ColoredBox: Story = { name: 'coloredBox', args: widgetArgs('coloredBox') };
export const Opacity: Story = { name: 'opacity', args: widgetArgs('opacity') };
export const Placeholder: Story = { name: 'placeholder', args: widgetArgs('placeholder') };
export const Visibility: Story = { name: 'visibility', args: widgetArgs('visibility') };
export const Hero: Story = { name: 'hero', args: widgetArgs('hero') };
