/**
 * The embed build's entry (vite.embed.config.ts): `mountPluginSlot` and the `<stac-slot>` custom element,
 * with React bundled in. Importing it registers `<stac-slot>`.
 */
import '../slots.css';
import { defineStacSlotElement } from './StacSlotElement';

export {
  mountPluginSlot,
  type MountPluginSlotOptions,
  type MountedPluginSlot,
  type TokenProvider,
} from './mountPluginSlot';
export { StacSlotElement, defineStacSlotElement } from './StacSlotElement';

defineStacSlotElement();
