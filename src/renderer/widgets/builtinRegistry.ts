/**
 * The built-in widget set and the default registry, every family present from the start (the app, server
 * rendering, tests). The embed's build puts builtinRegistry.lazy.ts in this module's place
 * (vite.embed.config.ts): there each family arrives as a chunk when a document first uses it.
 */
import type { ObjectShape } from '../../stac-schema';
import type { StacWidgetComponent, StacWidgetRegistry } from '../contract';
import { coreWidgets } from './core';
import { layoutWidgets } from './layout';
import { textWidgets } from './text';
import { buttonsWidgets } from './buttons';
import { inputsWidgets } from './inputs';
import { displayWidgets } from './display';
import { mediaWidgets } from './media';
import { navigationWidgets } from './navigation';
import { scrollingWidgets } from './scrolling';
import { dataWidgets } from './data';

/** What a family's chunk brings (`<family>/family.ts`): its specs and its components. */
export interface WidgetFamilyModule {
  specs: Readonly<Record<string, ObjectShape>>;
  widgets: Readonly<Record<string, StacWidgetComponent>>;
}

/**
 * Each category folder holds its components and an `index.ts` keyed by the category's specs
 * (src/stac-schema/widgets/<category>Specs.ts): a new widget is a spec there and a component here.
 */
export const builtinWidgets: StacWidgetRegistry = Object.freeze({
  ...layoutWidgets,
  ...textWidgets,
  ...buttonsWidgets,
  ...inputsWidgets,
  ...displayWidgets,
  ...mediaWidgets,
  ...navigationWidgets,
  ...scrollingWidgets,
  ...dataWidgets,
});

/** Every widget this renderer ships: the renderer-state widgets, then the built-in widget set. */
export const defaultWidgetRegistry: StacWidgetRegistry = Object.freeze({ ...coreWidgets, ...builtinWidgets });

const BUILT_IN_COMPONENTS: ReadonlySet<StacWidgetComponent> = new Set(Object.values(defaultWidgetRegistry));

/**
 * Whether `component` is one this renderer ships (not a host's own or a host's replacement). The built-in
 * widgets render from validated, coerced props and are written not to throw; a host's widget may.
 */
export function isBuiltInWidget(component: StacWidgetComponent): boolean {
  return BUILT_IN_COMPONENTS.has(component);
}

export { loadWidgetFamilies } from './familyLoader';
