import { render } from '@testing-library/react';
import { StacView, createWidgetRegistry } from '../../../src/renderer';
import { builtinWidgets } from '../../../src/renderer/widgets';
import type { StacViewProps } from '../../../src/renderer';

// Built explicitly so the tests pin this widget set even before the core registry includes it.
export const registry = createWidgetRegistry(builtinWidgets);

/** The page's CSS rules (every sheet) whose selector names the given class. */
export function rulesFor(className: string): CSSStyleRule[] {
  return [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
    .filter((rule) => rule.selectorText.split(/[\s.,]/).includes(className));
}

/** Renders a STAC document the way a host page does. */
export function renderStac(document: unknown, props: Partial<StacViewProps> = {}) {
  return render(<StacView document={document} mode="preview" registry={registry} {...props} />);
}

/** Every element of a widget type, found by the class that names the type (`stac-text`). */
export function stacNodes(container: ParentNode, type: string): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(`.stac-${type}`));
}

/** The first element of a widget type. */
export function widget(container: HTMLElement, type: string, index = 0): HTMLElement {
  const found = stacNodes(container, type)[index];
  if (!found) throw new Error(`No ${type} #${index} rendered`);
  return found;
}
