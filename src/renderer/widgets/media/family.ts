/** The media family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { mediaSpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { mediaWidgets } from './index';

export const family: WidgetFamilyModule = { specs: mediaSpecs, widgets: mediaWidgets };
