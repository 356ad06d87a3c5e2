import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/app/styles/app.css';
import './preview.css';
import { serveStoryHandlers, type MswParameters } from '../stories/support/mockServiceWorker';
import { isStoryTheme, StoryThemeContext } from '../stories/support/storyTheme';

/** The toolbar's theme reaches every story (StacView's `theme`, the app's `data-theme`). */
const withTheme: Decorator = (Story, context) => {
  const theme = isStoryTheme(context.globals.theme) ? context.globals.theme : 'light';
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  return (
    <StoryThemeContext.Provider value={theme}>
      <Story />
    </StoryThemeContext.Provider>
  );
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Light or dark theme of the rendered plugin UI',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [withTheme],
  loaders: [
    // msw must be serving before a story's first request (the Plugin API, the gallery's pictures).
    async ({ parameters }) => {
      const msw = parameters.msw as MswParameters | undefined;
      await serveStoryHandlers(msw?.handlers ?? []);
      return {};
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
