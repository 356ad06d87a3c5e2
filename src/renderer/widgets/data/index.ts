/** The data widgets: type -> component, one entry per spec in src/stac-schema/widgets/dataSpecs.ts. */
import type { CategoryWidgets } from '../categoryWidgets';
import {
  DynamicViewWidget,
  NetworkWidgetWidget,
} from './dataWidgets';

export const dataWidgets: CategoryWidgets<'data'> = {
  dynamicView: DynamicViewWidget,
  networkWidget: NetworkWidgetWidget,
};
