/**
 * What the IIFE loader (loader.ts) imports when a page first needs a slot: `mountPluginSlot`, built as an ES
 * module with React inside (vite.embed.config.ts), its widget families and the focus trap as chunks beside it.
 */
import '../slots.css';

export { mountPluginSlot } from './mountPluginSlot';
