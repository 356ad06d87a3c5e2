/**
 * How the renderer asks for the widget families a JSON value uses. Its own module, below every widget, so
 * that a widget that renders fetched JSON (networkWidget) or an overlay can wait for families without
 * importing the registry that imports it. Every family is bundled unless the embed's lazy registry
 * (builtinRegistry.lazy.ts) puts its loader here.
 */
type FamilyLoader = (value: unknown) => Promise<void> | null;

let loader: FamilyLoader = () => null;

export function setWidgetFamilyLoader(next: FamilyLoader): void {
  loader = next;
}

/**
 * Loads the widget families a JSON value (a document, an action's widget) uses that are not loaded yet:
 * `null` when nothing is missing, else a promise that settles when they are (rejected when a chunk could not
 * be loaded; calling again tries again).
 */
export function loadWidgetFamilies(value: unknown): Promise<void> | null {
  return loader(value);
}
