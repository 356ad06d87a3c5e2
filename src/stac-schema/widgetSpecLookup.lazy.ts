/**
 * The embed's widgetSpecLookup (vite.embed.config.ts puts it in place of widgetSpecLookup.ts): no spec is
 * bundled; each family's specs are added when its chunk loads (src/renderer/widgets/builtinRegistry.lazy.ts),
 * which a slot waits for before it validates a document that uses the family.
 */
import type { ObjectShape } from './shapes';

const loaded = new Map<string, ObjectShape>();

export function widgetSpecOf(type: string): ObjectShape | undefined {
  return loaded.get(type);
}

export function addWidgetSpecs(specs: Readonly<Record<string, ObjectShape>>): void {
  for (const [type, spec] of Object.entries(specs)) loaded.set(type, spec);
}
