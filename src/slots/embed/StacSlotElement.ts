import { mountPluginSlot } from './mountPluginSlot';
import { defineSlotElement, stacSlotElementClass } from './stacSlotElementClass';

/**
 * `<stac-slot name="asset_detail" api-base="/api/v1" token="...">` for pages that are not React apps.
 * Properties: `context` (page data for the plugins, e.g. `{ asset }`) and `tokenProvider` (a function
 * returning the bearer token, sync or async). Attributes: `name`, `api-base`, `token`, `theme`, `safe-mode`.
 */
export const StacSlotElement = stacSlotElementClass(mountPluginSlot);
export type StacSlotElement = InstanceType<typeof StacSlotElement>;

/** Registers `<stac-slot>` (or another tag name) once; safe to call more than once. */
export function defineStacSlotElement(tagName = 'stac-slot'): void {
  defineSlotElement(StacSlotElement, tagName);
}
