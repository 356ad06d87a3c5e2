/** The navigation family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { navigationSpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { navigationWidgets } from './index';

export const family: WidgetFamilyModule = { specs: navigationSpecs, widgets: navigationWidgets };
