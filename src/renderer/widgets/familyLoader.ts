/**
 * How the renderer asks for the widget families a JSON value uses. Its own module, below every widget, so
 * that a widget that renders fetched JSON (networkWidget) or an overlay can wait for families without
 * importing the registry that imports it. Every family is bundled unless the embed's lazy registry
 * (builtinRegistry.lazy.ts) puts its loader here.
 */
type FamilyLoader = (value: unknown) => Promise<void> | null;

let loader: FamilyLoader = () => null;
let isMissing: (value: unknown) => boolean = () => false;

export function setWidgetFamilyLoader(next: FamilyLoader, missing: (value: unknown) => boolean): void {
  loader = next;
  isMissing = missing;
}

/** Whether a family the value uses is not loaded yet (without asking for it). */
export function widgetFamiliesMissing(value: unknown): boolean {
  return isMissing(value);
}

/**
 * Loads the widget families a JSON value (a document, an action's widget) uses that are not loaded yet:
 * `null` when nothing is missing, else a promise that settles when they are (rejected when a chunk could not
 * be loaded; calling again tries again).
 */
export function loadWidgetFamilies(value: unknown): Promise<void> | null {
  return loader(value);
}

const loadedListeners = new Set<() => void>();

/** Called after a family arrived: a view that failed waiting for it shows its widgets (one Retry serves them all). */
export function onWidgetFamiliesLoaded(listener: () => void): () => void {
  loadedListeners.add(listener);
  return () => loadedListeners.delete(listener);
}

export function announceWidgetFamiliesLoaded(): void {
  for (const listener of [...loadedListeners]) listener();
}
