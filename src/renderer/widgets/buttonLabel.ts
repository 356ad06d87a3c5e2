import { createContext, use } from 'react';
import { isRecord } from './widgetProps';
import { isInlineBareLabel } from '../hookFreeWidgets';

/**
 * A Material button whose child is a plain text (`{ type: 'text', data }`, nothing that styles it) carries
 * the text's `stac-text` class itself and draws the label as its own text: one element per button less (in
 * Chromium about 2.4 us of style per element; a list of a thousand buttons had a thousand label elements).
 * The button provides the label's path here; the text at exactly that path renders its content without an
 * element of its own. Any other text (styled, spans, a semantics label, deeper in the button) keeps its
 * element.
 */
export const BareLabelContext = createContext<string | null>(null);

/** Whether a button's child is a text that only says something: its keys are `type` and `data`. */
export function isPlainTextLabel(child: unknown): boolean {
  if (!isRecord(child) || child.type !== 'text') return false;
  for (const key in child) if (key !== 'type' && key !== 'data') return false;
  return true;
}

/** Whether the text at `path` is the bare label of the button around it (see BareLabelContext). */
export function useBareLabel(path: string): boolean {
  // Only a button's `child` can be one: the texts of a list never read the context.
  return path.endsWith('.child') && (isInlineBareLabel(path) || use(BareLabelContext) === path);
}
