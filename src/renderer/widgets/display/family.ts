/** The display family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { displaySpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { displayWidgets } from './index';

export const family: WidgetFamilyModule = { specs: displaySpecs, widgets: displayWidgets };
