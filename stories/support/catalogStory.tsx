import { createMockDatabase, seedPluginFiles } from '../../src/api-client/mock';
import { SlotHostPage } from './SlotHostPage';
import { createStoryApi, StoryApp } from './StoryApp';

/**
 * A sample plugin of the reference catalog (public/plugins) installed for alice and nothing else, shown in
 * its slot through the real <PluginSlot> and the mock Plugin API.
 */
export function catalogPluginStory(pluginId: string) {
  const file = seedPluginFiles.find((candidate) => candidate.id === pluginId);
  if (!file) throw new Error(`public/plugins/${pluginId}.json is not in the catalog the mock API reads.`);
  const slot = file.slot ?? 'dashboard_top';
  const api = createStoryApi({
    db: createMockDatabase({ plugins: [file], installs: [{ username: 'alice', pluginId }] }),
  });
  return {
    parameters: {
      msw: { handlers: api.handlers },
      docs: { description: { story: file.description ?? '' } },
    },
    render: () => (
      <StoryApp api={api}>
        <SlotHostPage
          slot={slot}
          note={`${file.name ?? pluginId} ${file.version ?? ''} by ${file.author ?? 'unknown'}: ${file.description ?? ''}`}
        />
      </StoryApp>
    ),
  };
}
