import { WIDGET_EXAMPLES } from '../fixtures/widgetExamples';
import type { WidgetExampleProps } from './WidgetExample';

/** The story args of one widget type: its example document (editable in the Controls panel) and source. */
export function widgetArgs(type: string): WidgetExampleProps {
  const example = WIDGET_EXAMPLES[type];
  if (!example)
    throw new Error(
      `No example document for widget type "${type}": add one to stories/fixtures/widgetExamples.ts.`,
    );
  return { type, document: example.document, source: example.source };
}
