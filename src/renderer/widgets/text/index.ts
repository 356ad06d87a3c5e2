/** The text widgets: type -> component, one entry per spec in src/stac-schema/widgets/textSpecs.ts. */
import type { CategoryWidgets } from '../categoryWidgets';
import { IconWidget, TextWidget } from './textWidgets';

export const textWidgets: CategoryWidgets<'text'> = {
  text: TextWidget,
  icon: IconWidget,
};
