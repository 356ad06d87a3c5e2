/**
 * The validator's and the coercer's way to a widget type's spec. Here every family's specs are present
 * from the start (the app, the server, the CLI); the embed's build puts widgetSpecLookup.lazy.ts in this
 * module's place (vite.embed.config.ts), where a family's specs arrive with its chunk.
 */
import type { ObjectShape } from './shapes';
import { WIDGET_SPECS } from './widgetSpecs';

/**
 * The specs by type in a map: the validator asks once per widget of a document, a different type each time,
 * where an own-key test and a read of the specs object (some ninety keys) were two of the slowest lookups.
 */
const SPECS: ReadonlyMap<string, ObjectShape> = new Map(Object.entries(WIDGET_SPECS));

export function widgetSpecOf(type: string): ObjectShape | undefined {
  return SPECS.get(type);
}

/** Adds the specs of a family loaded on demand: nothing to add here, every family is present. */
export function addWidgetSpecs(specs: Readonly<Record<string, ObjectShape>>): void {
  void specs;
}
