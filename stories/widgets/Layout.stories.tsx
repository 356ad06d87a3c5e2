import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Layout',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Align: Story = { name: 'align', args: widgetArgs('align') };
export const AspectRatio: Story = { name: 'aspectRatio', args: widgetArgs('aspectRatio') };
export const Center: Story = { name: 'center', args: widgetArgs('center') };
export const Column: Story = { name: 'column', args: widgetArgs('column') };
export const Container: Story = { name: 'container', args: widgetArgs('container') };
export const Expanded: Story = { name: 'expanded', args: widgetArgs('expanded') };
export const FittedBox: Story = { name: 'fittedBox', args: widgetArgs('fittedBox') };
export const Flexible: Story = { name: 'flexible', args: widgetArgs('flexible') };
export const FractionallySizedBox: Story = {
  name: 'fractionallySizedBox',
  args: widgetArgs('fractionallySizedBox'),
};
export const LimitedBox: Story = { name: 'limitedBox', args: widgetArgs('limitedBox') };
export const Padding: Story = { name: 'padding', args: widgetArgs('padding') };
export const Positioned: Story = { name: 'positioned', args: widgetArgs('positioned') };
export const Row: Story = { name: 'row', args: widgetArgs('row') };
export const SafeArea: Story = { name: 'safeArea', args: widgetArgs('safeArea') };
export const SizedBox: Story = { name: 'sizedBox', args: widgetArgs('sizedBox') };
export const Spacer: Story = { name: 'spacer', args: widgetArgs('spacer') };
export const Stack: Story = { name: 'stack', args: widgetArgs('stack') };
export const Wrap: Story = { name: 'wrap', args: widgetArgs('wrap') };
