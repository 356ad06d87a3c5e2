import type { StorybookConfig } from '@storybook/react-vite';

// Written by hand: actions and controls are part of `storybook` core since 9, so no addons are needed.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  // public/ holds mockServiceWorker.js (msw in stories) and the sample plugins and JSON Schema.
  staticDirs: ['../public'],
  // Telemetry on a closed network makes every build wait for refused requests.
  core: { disableTelemetry: true },
  // react-docgen spends most of the build reading prop tables that authoring stories do not need.
  typescript: { reactDocgen: false },
};

export default config;
