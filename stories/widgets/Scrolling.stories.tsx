import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Scrolling',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ListView: Story = { name: 'listView', args: widgetArgs('listView') };
export const ListTile: Story = { name: 'listTile', args: widgetArgs('listTile') };
export const GridView: Story = { name: 'gridView', args: widgetArgs('gridView') };
export const PageView: Story = { name: 'pageView', args: widgetArgs('pageView') };
export const CarouselView: Story = { name: 'carouselView', args: widgetArgs('carouselView') };
export const SingleChildScrollView: Story = {
  name: 'singleChildScrollView',
  args: widgetArgs('singleChildScrollView'),
};
export const CustomScrollView: Story = { name: 'customScrollView', args: widgetArgs('customScrollView') };
export const SliverAppBar: Story = { name: 'sliverAppBar', args: widgetArgs('sliverAppBar') };
export const Table: Story = { name: 'table', args: widgetArgs('table') };
export const TableCell: Story = { name: 'tableCell', args: widgetArgs('tableCell') };
