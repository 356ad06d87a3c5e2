/** The inputs family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { inputsSpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { inputsWidgets } from './index';

export const family: WidgetFamilyModule = { specs: inputsSpecs, widgets: inputsWidgets };
