import type { Meta, StoryObj } from '@storybook/react-vite';
import { catalogPluginStory } from '../support/catalogStory';

/** Every sample plugin of public/plugins in its slot, bound to a demo asset and user. */
const meta = {
  title: 'Catalog plugins/In their slots',
  tags: ['catalog'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const AssetHealthCard: Story = {
  name: 'asset-health-card',
  ...catalogPluginStory('asset-health-card'),
};
export const AssetLocation: Story = { name: 'asset-location', ...catalogPluginStory('asset-location') };
export const AssetWatch: Story = { name: 'asset-watch', ...catalogPluginStory('asset-watch') };
export const AssetQuickFacts: Story = {
  name: 'asset-quick-facts',
  ...catalogPluginStory('asset-quick-facts'),
};
export const AssetTags: Story = { name: 'asset-tags', ...catalogPluginStory('asset-tags') };
export const AssetValueCard: Story = { name: 'asset-value-card', ...catalogPluginStory('asset-value-card') };
export const BobLoanTracker: Story = { name: 'bob-loan-tracker', ...catalogPluginStory('bob-loan-tracker') };
export const CarrierTracking: Story = {
  name: 'carrier-tracking',
  ...catalogPluginStory('carrier-tracking'),
};
export const InventoryOverview: Story = {
  name: 'inventory-overview',
  ...catalogPluginStory('inventory-overview'),
};
export const LabelKit: Story = { name: 'label-kit', ...catalogPluginStory('label-kit') };
export const LabelPrinter: Story = { name: 'label-printer', ...catalogPluginStory('label-printer') };
export const OtroMas: Story = { name: 'otro_mas', ...catalogPluginStory('otro_mas') };
export const PermissionDemo: Story = { name: 'permission-demo', ...catalogPluginStory('permission-demo') };
export const Prueba: Story = { name: 'prueba', ...catalogPluginStory('prueba') };
export const QuickActions: Story = { name: 'quick-actions', ...catalogPluginStory('quick-actions') };
export const QuienSoy: Story = { name: 'quien_soy', ...catalogPluginStory('quien_soy') };
export const RelojDigital: Story = { name: 'reloj_digital', ...catalogPluginStory('reloj_digital') };
export const ReorderHelper: Story = { name: 'reorder-helper', ...catalogPluginStory('reorder-helper') };
export const ShiftNotes: Story = { name: 'shift-notes', ...catalogPluginStory('shift-notes') };
export const StockBoard: Story = { name: 'stock-board', ...catalogPluginStory('stock-board') };
export const StockPulse: Story = { name: 'stock-pulse', ...catalogPluginStory('stock-pulse') };
export const StockWatch: Story = { name: 'stock-watch', ...catalogPluginStory('stock-watch') };
export const TeamAnnouncement: Story = {
  name: 'team-announcement',
  ...catalogPluginStory('team-announcement'),
};
export const WelcomeBanner: Story = { name: 'welcome-banner', ...catalogPluginStory('welcome-banner') };
