import { createMockDatabase, seedPluginFiles } from '../../mocks/plugin-api';
import { SlotHostPage } from './SlotHostPage';
import { createStoryApi, StoryApp } from './StoryApp';

/**
 * A sample plugin of the reference catalog (public/plugins) installed for alice and nothing else, shown in
 * its slot (a composite plugin: its first surface) through the real <PluginSlot> and the mock Plugin API,
 * with the plugins it depends on installed beside it.
 */
export function catalogPluginStory(pluginId: string) {
  const file = seedPluginFiles.find((candidate) => candidate.id === pluginId);
  if (!file) throw new Error(`public/plugins/${pluginId}.json is not in the catalog the mock API reads.`);
  const surfaces = (file.surfaces ?? {}) as Record<string, unknown>;
  const dependencies = (Array.isArray(file.dependencies) ? file.dependencies : []) as Array<{ id: string }>;
  const slot = file.slot ?? Object.keys(surfaces)[0] ?? 'dashboard_top';
  // A plugin that needs others (label-printer needs label-kit) comes with them installed, as install does.
  const needed = dependencies.map((dependency) => {
    const found = seedPluginFiles.find((candidate) => candidate.id === dependency.id);
    if (!found) throw new Error(`${pluginId} needs ${dependency.id}, which is not in the catalog.`);
    return found;
  });
  const plugins = [...needed, file];
  const api = createStoryApi({
    db: createMockDatabase({
      plugins,
      installs: plugins.map((plugin) => ({ username: 'alice', pluginId: plugin.id })),
    }),
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
