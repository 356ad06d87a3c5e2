/** The text family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { textSpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { textWidgets } from './index';

export const family: WidgetFamilyModule = { specs: textSpecs, widgets: textWidgets };
