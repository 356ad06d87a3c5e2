/**
 * The IIFE embed (`<script src=".../stac-slot.iife.js">`): a small classic script that defines
 * `window.StacSlot` and `<stac-slot>` at once and loads the rest, React included, as ES modules from beside
 * itself (stac-slot.core.js and its chunks). Calls made before they arrive are kept and run in order.
 */
import { deferredMount, onceForThePage, type EmbedCore } from './deferredMount';
import { defineSlotElement, stacSlotElementClass } from './stacSlotElementClass';

/** Set by the build (vite.embed.config.ts): the core's file and the chunks it imports, relative to this script. */
declare const __STAC_EMBED_CORE__: { entry: string; imports: string[] };

// Only while this script runs: a classic script's own address, where its files are.
const here = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

/** Asks for the core and the chunks it imports at once, instead of one after the other. */
function preload(files: string[]): void {
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, here).href;
    document.head.append(link);
  }
}

const loadCore = onceForThePage(() => {
  preload(__STAC_EMBED_CORE__.imports);
  return import(/* @vite-ignore */ new URL(__STAC_EMBED_CORE__.entry, here).href) as Promise<EmbedCore>;
});

export const mountPluginSlot = deferredMount(loadCore);
export const StacSlotElement = stacSlotElementClass(mountPluginSlot);

/** Registers `<stac-slot>` (or another tag name) once; safe to call more than once. */
export function defineStacSlotElement(tagName = 'stac-slot'): void {
  defineSlotElement(StacSlotElement, tagName);
}

defineStacSlotElement();
// The page will want a slot: the core starts coming now (a failure here is told by the slots that wait for it).
loadCore().catch(() => undefined);
