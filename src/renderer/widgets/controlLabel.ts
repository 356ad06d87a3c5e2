import { createContext, useCallback, useContext, useState } from 'react';

/**
 * The id of the text that names a control placed next to it: a listTile's title labels the checkbox,
 * switch or radio in its leading/trailing slot, as a screen reader user would expect.
 */
export const ControlLabelContext = createContext<string | undefined>(undefined);

export function useControlLabelId(): string | undefined {
  return useContext(ControlLabelContext);
}

/** `accept_terms`, `acceptTerms`, `accept-terms` -> "accept terms": an id read aloud as words. */
export function idToLabel(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === '' ? undefined : words;
}

const CONTROL_SELECTOR =
  'input, button, select, textarea, [role="switch"], [role="radio"], [role="checkbox"]';

/**
 * The text a sighted user reads next to a control: the nearest `text` widget among the control's siblings
 * (following ones first, as a label usually follows a check box in a row), looking one level further up
 * when the control is wrapped (padding, sizedBox). Siblings that hold another control are skipped, so a
 * list of rows does not lend one row's label to another.
 */
export function nearbyText(control: Element): string | undefined {
  let node: Element = control;
  for (let depth = 0; depth < 2; depth += 1) {
    const parent = node.parentElement;
    if (!parent || parent.classList.contains('stac-view')) return undefined;
    const siblings = Array.from(parent.children);
    const index = siblings.indexOf(node);
    const ordered = [...siblings.slice(index + 1), ...siblings.slice(0, index).reverse()];
    for (const sibling of ordered) {
      if (sibling.matches(CONTROL_SELECTOR) || sibling.querySelector(CONTROL_SELECTOR)) continue;
      const text = sibling.matches('.stac-text') ? sibling : sibling.querySelector('.stac-text');
      const label = text?.textContent?.trim();
      if (label) return label.slice(0, 200);
    }
    node = parent;
  }
  return undefined;
}

/**
 * The accessible name of a check box, switch or radio that no listTile labels: its semanticLabel, else the
 * text next to it (found after mount, so server HTML uses the next fallback), else its id as words.
 * Returns the ref to put on the control and the `aria-label` to give it.
 */
export function useFallbackControlName(
  labelledBy: string | undefined,
  semanticLabel: string | undefined,
  id: string | undefined,
): { findNearbyLabel: (element: Element | null) => void; ariaLabel: string | undefined } {
  const [nearby, setNearby] = useState<string | undefined>(undefined);
  const needsNearby = labelledBy === undefined && semanticLabel === undefined;
  const findNearbyLabel = useCallback(
    (element: Element | null) => {
      if (!element || !needsNearby) return;
      const found = nearbyText(element);
      setNearby((current) => (current === found ? current : found));
    },
    [needsNearby],
  );
  const ariaLabel = labelledBy !== undefined ? undefined : (semanticLabel ?? nearby ?? idToLabel(id));
  return { findNearbyLabel, ariaLabel };
}
