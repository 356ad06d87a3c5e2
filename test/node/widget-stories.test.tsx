/// <reference types="vite/client" />
/**
 * Storybook's Widgets section covers the whole vocabulary: every widget type of WIDGET_TYPES has a story
 * named after it, whose document really contains that widget, passes the lenient parse the renderer uses
 * and renders on the server without a fallback (unknown or invalid node) or a render error.
 */
import { renderStacToString } from '../../src/renderer/ssr';
import type { StacRenderProblem } from '../../src/renderer/contract';
import { parseStacDocument, WIDGET_TYPES } from '../../src/stac-schema';
import { storyScope } from '../../stories/support/storyScope';

interface WidgetStory {
  name?: string;
  args?: { type?: string; document?: unknown };
}

const storyModules = import.meta.glob<Record<string, unknown>>('../../stories/widgets/*.stories.tsx', {
  eager: true,
});

const stories: WidgetStory[] = Object.values(storyModules).flatMap((module) =>
  Object.entries(module)
    .filter(([exportName]) => exportName !== 'default')
    .map(([, story]) => story as WidgetStory),
);

function containsType(node: unknown, type: string): boolean {
  if (Array.isArray(node)) return node.some((child) => containsType(child, type));
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  return record.type === type || Object.values(record).some((value) => containsType(value, type));
}

describe('the Widgets stories', () => {
  it('name one story after each widget type of the vocabulary, and no other', () => {
    const names = stories.map((story) => story.name);
    expect([...names].sort()).toEqual([...WIDGET_TYPES].sort());
    for (const story of stories) expect(story.args?.type).toBe(story.name);
  });

  it.each(stories.map((story) => [story.name ?? '?', story] as const))(
    '%s: the document shows that widget and renders without fallbacks',
    (type, story) => {
      const document = story.args?.document;
      expect(containsType(document, type)).toBe(true);
      const parsed = parseStacDocument(document, { mode: 'lenient' });
      expect(parsed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(parsed.ok).toBe(true);
      const problems: StacRenderProblem[] = [];
      const html = renderStacToString(document, {
        scope: storyScope(),
        onProblem: (problem) => problems.push(problem),
      });
      expect(problems.filter((problem) => problem.code !== 'unbound_path')).toEqual([]);
      expect(html).not.toContain('data-stac-fallback');
      expect(html.length).toBeGreaterThan(200);
    },
  );
});
