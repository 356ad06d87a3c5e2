import type { Meta, StoryObj } from '@storybook/react-vite';
import { createMockDatabase } from '../../mocks/plugin-api';
import { SlotHostPage } from '../support/SlotHostPage';
import { createStoryApi, StoryApp } from '../support/StoryApp';
import type { MockApi } from '../../mocks/plugin-api';

/**
 * <PluginSlot> in its states, against the mock Plugin API: alice's installed plugins on the dashboard and on
 * an asset page, the loading skeleton, a slot with nothing installed, a failed list (the page carries on
 * without plugins), an installed version older than the catalog's, a broken plugin, and safe mode.
 */
const meta = {
  title: 'Slots/PluginSlot',
  tags: ['slots'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function slotStory(api: MockApi, slot: string, note: string, safeMode = false): Story {
  return {
    parameters: { msw: { handlers: api.handlers } },
    render: () => (
      <StoryApp api={api} safeMode={safeMode}>
        <SlotHostPage slot={slot} note={note} />
      </StoryApp>
    ),
  };
}

export const Dashboard: Story = {
  name: "dashboard_top with alice's plugins",
  ...slotStory(
    createStoryApi(),
    'dashboard_top',
    'Every active plugin alice installed for this slot, each isolated.',
  ),
};

export const AssetDetail: Story = {
  name: "asset_detail with alice's plugins",
  ...slotStory(createStoryApi(), 'asset_detail', 'Plugins bind the open asset as `asset`.'),
};

export const Loading: Story = {
  name: 'Loading',
  ...slotStory(
    createStoryApi({ scenario: 'slow', latencyMs: 8_000 }),
    'dashboard_top',
    'The installed list is still on its way: the slot holds a skeleton.',
  ),
};

export const Empty: Story = {
  name: 'Empty (nothing installed)',
  ...slotStory(
    createStoryApi({ scenario: 'empty' }),
    'dashboard_top',
    'No plugin is installed for this slot, so it renders nothing at all.',
  ),
};

export const ListFailed: Story = {
  name: 'Error (the list failed)',
  ...slotStory(
    createStoryApi({ scenario: 'error' }),
    'dashboard_top',
    'The Plugin API answered 500: the page works on without its plugins.',
  ),
};

export const UpdateAvailable: Story = {
  name: 'Update available (older version installed)',
  ...slotStory(
    createStoryApi({ scenario: 'updateAvailable' }),
    'asset_detail',
    'Every plugin has a newer version in the catalog; the slot keeps rendering the installed one until alice updates.',
  ),
};

export const BrokenPlugin: Story = {
  name: 'A broken plugin',
  ...slotStory(
    createStoryApi({
      db: createMockDatabase({
        plugins: [
          {
            id: 'garbled',
            name: 'Garbled',
            slot: 'dashboard_top',
            version: '1.0.0',
            ui: ['not', 'a', 'widget'],
          },
          {
            id: 'steady',
            name: 'Steady',
            slot: 'dashboard_top',
            version: '1.0.0',
            ui: { type: 'text', data: 'Still standing next to a broken plugin, <<user.name>>.' },
          },
        ],
        installs: [
          { username: 'alice', pluginId: 'garbled' },
          { username: 'alice', pluginId: 'steady' },
        ],
      }),
    }),
    'dashboard_top',
    'One plugin cannot be read: it gets a notice with a way out, its neighbour renders as usual.',
  ),
};

export const SafeMode: Story = {
  name: 'Safe mode (?safe-mode)',
  ...slotStory(
    createStoryApi(),
    'dashboard_top',
    'With ?safe-mode no plugin renders, so a broken one can be switched off.',
    true,
  ),
};
