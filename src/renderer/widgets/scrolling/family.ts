/** The scrolling family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { scrollingSpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { scrollingWidgets } from './index';

export const family: WidgetFamilyModule = { specs: scrollingSpecs, widgets: scrollingWidgets };
