import type { WIDGET_SPECS_BY_CATEGORY, WidgetCategory } from '../../stac-schema';
import type { StacWidgetComponent } from '../contract';

/**
 * The components of one widget category, keyed exactly by the types its specs define: a spec without a
 * component, or a component without a spec, is a type error in the category's `index.ts`.
 */
export type CategoryWidgets<C extends WidgetCategory> = {
  readonly [Type in keyof (typeof WIDGET_SPECS_BY_CATEGORY)[C]]: StacWidgetComponent;
};
