import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Navigation',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Scaffold: Story = { name: 'scaffold', args: widgetArgs('scaffold') };
export const AppBar: Story = { name: 'appBar', args: widgetArgs('appBar') };
export const BottomNavigationBar: Story = {
  name: 'bottomNavigationBar',
  args: widgetArgs('bottomNavigationBar'),
};
export const BottomNavigationView: Story = {
  name: 'bottomNavigationView',
  args: widgetArgs('bottomNavigationView'),
};
export const DefaultBottomNavigationController: Story = {
  name: 'defaultBottomNavigationController',
  args: widgetArgs('defaultBottomNavigationController'),
};
export const DefaultTabController: Story = {
  name: 'defaultTabController',
  args: widgetArgs('defaultTabController'),
};
export const Tab: Story = { name: 'tab', args: widgetArgs('tab') };
export const TabBar: Story = { name: 'tabBar', args: widgetArgs('tabBar') };
export const TabBarView: Story = { name: 'tabBarView', args: widgetArgs('tabBarView') };
