/** The buttons family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { buttonsSpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { buttonsWidgets } from './index';

export const family: WidgetFamilyModule = { specs: buttonsSpecs, widgets: buttonsWidgets };
