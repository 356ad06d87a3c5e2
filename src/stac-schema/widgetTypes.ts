/**
 * The widget types of the vocabulary by family, as names only: what a page needs to know before it has a
 * family's specs and components. A family is a category of src/stac-schema/widgets/ (its specs) and of
 * src/renderer/widgets/ (its components); the embed loads each as a chunk when a document first uses it
 * (src/renderer/widgets/builtinRegistry.lazy.ts), so its validator and renderer learn which families a
 * document needs from this table. The type checks below keep it equal to the specs.
 */
import type { WIDGET_SPECS_BY_CATEGORY } from './widgetSpecs';

type SpecsByFamily = typeof WIDGET_SPECS_BY_CATEGORY;

export const WIDGET_TYPES_BY_FAMILY = {
  core: ['form', 'setValue'],
  layout: [
    'align',
    'aspectRatio',
    'backdropFilter',
    'center',
    'clipOval',
    'clipRRect',
    'coloredBox',
    'column',
    'conditional',
    'container',
    'expanded',
    'fittedBox',
    'flexible',
    'fractionallySizedBox',
    'hero',
    'limitedBox',
    'opacity',
    'padding',
    'placeholder',
    'positioned',
    'row',
    'safeArea',
    'sizedBox',
    'spacer',
    'stack',
    'visibility',
    'wrap',
  ],
  text: ['icon', 'text'],
  buttons: [
    'button',
    'elevatedButton',
    'filledButton',
    'floatingActionButton',
    'gestureDetector',
    'iconButton',
    'inkWell',
    'outlinedButton',
    'textButton',
  ],
  inputs: [
    'autocomplete',
    'checkBox',
    'dropdownMenu',
    'radio',
    'radioGroup',
    'slider',
    'switch',
    'textField',
    'textFormField',
  ],
  display: [
    'alertDialog',
    'card',
    'chip',
    'circularProgressIndicator',
    'divider',
    'linearProgressIndicator',
    'listTile',
  ],
  media: ['circleAvatar', 'image', 'webView'],
  navigation: [
    'appBar',
    'bottomNavigationBar',
    'bottomNavigationView',
    'defaultBottomNavigationController',
    'defaultTabController',
    'scaffold',
    'sliverAppBar',
    'tab',
    'tabBar',
    'tabBarView',
  ],
  scrolling: [
    'carouselView',
    'customScrollView',
    'gridView',
    'listView',
    'pageView',
    'refreshIndicator',
    'singleChildScrollView',
    'table',
    'tableCell',
  ],
  data: ['dynamicView', 'networkWidget'],
} as const satisfies { readonly [F in keyof SpecsByFamily]: readonly (keyof SpecsByFamily[F])[] };

export type WidgetFamily = keyof typeof WIDGET_TYPES_BY_FAMILY;

/** A spec the table leaves out is a type error here (a type listed without a spec is one above). */
type Unlisted = {
  [F in WidgetFamily]: Exclude<keyof SpecsByFamily[F], (typeof WIDGET_TYPES_BY_FAMILY)[F][number]>;
}[WidgetFamily];
export const EVERY_SPEC_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

const FAMILY_OF_TYPE: ReadonlyMap<string, WidgetFamily> = new Map(
  (Object.keys(WIDGET_TYPES_BY_FAMILY) as WidgetFamily[]).flatMap((family) =>
    WIDGET_TYPES_BY_FAMILY[family].map((type): [string, WidgetFamily] => [type, family]),
  ),
);

/** Every widget type of the vocabulary, sorted (the order of hints and of the JSON Schema). */
export const WIDGET_TYPES: readonly string[] = Object.freeze([...FAMILY_OF_TYPE.keys()].sort());

/** The family of a widget type of the vocabulary, or undefined for any other string. */
export function widgetFamilyOf(type: string): WidgetFamily | undefined {
  return FAMILY_OF_TYPE.get(type);
}

/**
 * The families of the widgets in a JSON value (a document, a plugin record, an action's widget): every
 * object whose `type` names a widget of the vocabulary counts, wherever it sits, so a dialog's widgets are
 * found in the button that opens it. Walks with an explicit stack and gives up past `maxObjects` objects
 * (the validator's limits refuse such a document anyway).
 */
export function widgetFamiliesIn(value: unknown, maxObjects = 100_000): Set<WidgetFamily> {
  const families = new Set<WidgetFamily>();
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0 && seen < maxObjects) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    seen += 1;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    const type = (current as { type?: unknown }).type;
    if (typeof type === 'string') {
      const family = FAMILY_OF_TYPE.get(type);
      if (family) families.add(family);
    }
    for (const key of Object.keys(current)) stack.push((current as Record<string, unknown>)[key]);
  }
  return families;
}
