/** The layout family as the embed loads it, as one chunk: its specs (for the validator) and its components. */
import { layoutSpecs } from '../../../stac-schema';
import type { WidgetFamilyModule } from '../builtinRegistry';
import { layoutWidgets } from './index';

export const family: WidgetFamilyModule = { specs: layoutSpecs, widgets: layoutWidgets };
