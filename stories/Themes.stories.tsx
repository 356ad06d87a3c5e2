import type { Meta, StoryObj } from '@storybook/react-vite';
import homeScreen from './fixtures/stac/home_screen.json';
import { WidgetExample } from './support/WidgetExample';

/**
 * The Stac gallery's home screen, pinned to each theme (the toolbar's Theme switch does the same for every
 * story): colours given as theme roles (`primary`, `onSurface`, ...) follow it.
 */
const meta = {
  title: 'Authoring/Themes',
  component: WidgetExample,
  args: { type: 'scaffold', document: homeScreen, source: 'Stac gallery: gallery__home_screen.json' },
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = { globals: { theme: 'light' } };
export const Dark: Story = { globals: { theme: 'dark' } };
