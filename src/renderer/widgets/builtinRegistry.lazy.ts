/**
 * The embed's builtinRegistry (vite.embed.config.ts puts it in place of builtinRegistry.ts): the entry
 * carries no widget family; each family (its components and its specs, `<family>/family.ts`) is a chunk
 * loaded the first time a document uses it, and added to the default registry and to the validator's
 * specs (src/stac-schema/widgetSpecLookup.lazy.ts). A slot waits for the families of its document before it
 * validates and renders it (useWidgetFamilies), showing its loading state, and its error state with a retry
 * when a chunk cannot be loaded. The template language's full grammar (../template/templateGrammar.lazy.ts)
 * comes the same way, with the families of a document that holds a template only it can read.
 */
import {
  addWidgetSpecs,
  chunkLoader,
  coreSpecs,
  widgetFamiliesIn,
  type ChunkLoader,
  type WidgetFamily,
} from '../../stac-schema';
import type { StacWidgetComponent, StacWidgetRegistry } from '../contract';
import { loadTemplateGrammar, templateGrammarMissing } from '../template';
import { coreWidgets } from './core';
import type { WidgetFamilyModule } from './builtinRegistry';
import { announceWidgetFamiliesLoaded, setWidgetFamilyLoader } from './familyLoader';

export type { WidgetFamilyModule } from './builtinRegistry';

type LoadableFamily = Exclude<WidgetFamily, 'core'>;

const CHUNKS: Readonly<Record<LoadableFamily, () => Promise<{ family: WidgetFamilyModule }>>> = {
  layout: () => import('./layout/family'),
  text: () => import('./text/family'),
  buttons: () => import('./buttons/family'),
  inputs: () => import('./inputs/family'),
  display: () => import('./display/family'),
  media: () => import('./media/family'),
  navigation: () => import('./navigation/family'),
  scrolling: () => import('./scrolling/family'),
  data: () => import('./data/family'),
};

// Filled as families load; the registry object stays the same, so views that hold it see new widgets.
const builtins: Record<string, StacWidgetComponent> = {};
const registry: Record<string, StacWidgetComponent> = { ...coreWidgets };
const BUILT_IN_COMPONENTS = new Set<StacWidgetComponent>(Object.values(coreWidgets));
addWidgetSpecs(coreSpecs);

export const builtinWidgets: StacWidgetRegistry = builtins;
export const defaultWidgetRegistry: StacWidgetRegistry = registry;

export function isBuiltInWidget(component: StacWidgetComponent): boolean {
  return BUILT_IN_COMPONENTS.has(component);
}

const loaded = new Set<WidgetFamily>(['core']);
const families = new Map<LoadableFamily, ChunkLoader<void>>();

/**
 * What several families share is a chunk of its own (familyShared.ts): asked for with each family's chunk, so
 * that both come in one round trip (the browser's module map asks for it once).
 */
const sharedByFamilies = () => import('./familyShared');

function loadFamily(name: LoadableFamily): Promise<void> {
  let family = families.get(name);
  if (!family) {
    family = chunkLoader(() =>
      Promise.all([CHUNKS[name](), sharedByFamilies()]).then(([{ family: chunk }]) => addFamily(name, chunk)),
    );
    families.set(name, family);
  }
  return family.load();
}

function addFamily(name: LoadableFamily, family: WidgetFamilyModule): void {
  addWidgetSpecs(family.specs);
  for (const [type, component] of Object.entries(family.widgets)) {
    builtins[type] = component;
    registry[type] = component;
    BUILT_IN_COMPONENTS.add(component);
  }
  loaded.add(name);
  announceWidgetFamiliesLoaded();
}

function missingFamilies(value: unknown): LoadableFamily[] {
  return [...widgetFamiliesIn(value)].filter((name) => !loaded.has(name)) as LoadableFamily[];
}

function loadGrammar(): Promise<void> | null {
  return loadTemplateGrammar()?.then(announceWidgetFamiliesLoaded) ?? null;
}

function loadMissingFamilies(value: unknown): Promise<void> | null {
  const pending: Promise<void>[] = missingFamilies(value).map(loadFamily);
  const grammar = templateGrammarMissing(value) ? loadGrammar() : null;
  if (grammar) pending.push(grammar);
  if (pending.length === 0) return null;
  const all = Promise.all(pending).then(() => undefined);
  // A render React discards (StrictMode renders twice) asks too and never listens: not an unhandled error.
  all.catch(() => undefined);
  return all;
}

setWidgetFamilyLoader(
  loadMissingFamilies,
  (value) => missingFamilies(value).length > 0 || templateGrammarMissing(value),
);

export { loadWidgetFamilies } from './familyLoader';
