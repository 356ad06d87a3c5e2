/** Which document of a plugin renders in which slot (one `slot` + `ui`, or a `surfaces` map). */
import { readHostingManifest, type PluginSurface } from '../stac-schema';

/** Every surface of a plugin record, in declaration order. */
export function pluginSurfaces(record: unknown): PluginSurface[] {
  return readHostingManifest(record).manifest.surfaces;
}

/** The document a plugin renders in `slot`, or undefined when it has no surface there. */
export function surfaceForSlot(record: unknown, slot: string): unknown {
  return pluginSurfaces(record).find((surface) => surface.slot === slot)?.ui;
}

/** The slots a plugin renders in. */
export function pluginSlots(record: unknown): string[] {
  return pluginSurfaces(record).map((surface) => surface.slot);
}
