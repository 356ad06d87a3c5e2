import { createContext, useContext } from 'react';

export type StoryTheme = 'light' | 'dark';

/** The toolbar's `theme` global, handed down by the decorator in .storybook/preview.tsx. */
export const StoryThemeContext = createContext<StoryTheme>('light');

export function useStoryTheme(): StoryTheme {
  return useContext(StoryThemeContext);
}

export function isStoryTheme(value: unknown): value is StoryTheme {
  return value === 'light' || value === 'dark';
}
