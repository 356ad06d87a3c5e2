/** The data family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { dataSpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { dataWidgets } from './index';

export const family: WidgetFamilyModule = { specs: dataSpecs, widgets: dataWidgets };
