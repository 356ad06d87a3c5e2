/**
 * Every widget of the vocabulary (docs/stac-vocabulary.md, "Widgets"), plus the simple form of the
 * Invenicum plugin API docs (`container` + `layout`, `text` + `content`, `button` + `label` + `action`).
 * Each category's specs sit in `widgets/<category>Specs.ts`, beside the same category's components in
 * `src/renderer/widgets/<category>/` (whose registry is typed by these keys, so the two cannot drift apart).
 * Property names are Flutter's; bold (required) props of the vocabulary are listed in `required`.
 */
import type { ObjectShape } from './shapes';
import { buttonsSpecs } from './widgets/buttonsSpecs';
import { coreSpecs } from './widgets/coreSpecs';
import { dataSpecs } from './widgets/dataSpecs';
import { displaySpecs } from './widgets/displaySpecs';
import { inputsSpecs } from './widgets/inputsSpecs';
import { layoutSpecs } from './widgets/layoutSpecs';
import { mediaSpecs } from './widgets/mediaSpecs';
import { navigationSpecs } from './widgets/navigationSpecs';
import { scrollingSpecs } from './widgets/scrollingSpecs';
import { textSpecs } from './widgets/textSpecs';

/** The specs of each category, by the category's name (the folder of its components in the renderer). */
export const WIDGET_SPECS_BY_CATEGORY = {
  core: coreSpecs,
  layout: layoutSpecs,
  text: textSpecs,
  buttons: buttonsSpecs,
  inputs: inputsSpecs,
  display: displaySpecs,
  media: mediaSpecs,
  navigation: navigationSpecs,
  scrolling: scrollingSpecs,
  data: dataSpecs,
} as const;

export type WidgetCategory = keyof typeof WIDGET_SPECS_BY_CATEGORY;

/** Widget type -> spec, sorted by type (the order of hints and of the JSON Schema). */
export const WIDGET_SPECS: Readonly<Record<string, ObjectShape>> = Object.freeze(
  Object.fromEntries(
    Object.values(WIDGET_SPECS_BY_CATEGORY)
      .flatMap((specs) => Object.entries(specs) as [string, ObjectShape][])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ),
);
