/** The scrolling widgets: type -> component, one entry per spec in src/stac-schema/widgets/scrollingSpecs.ts. */
import type { CategoryWidgets } from '../categoryWidgets';
import {
  CarouselViewWidget,
  CustomScrollViewWidget,
  GridViewWidget,
  ListViewWidget,
  PageViewWidget,
  RefreshIndicatorWidget,
  SingleChildScrollViewWidget,
  TableCellWidget,
  TableWidget,
} from './scrollingWidgets';

export const scrollingWidgets: CategoryWidgets<'scrolling'> = {
  singleChildScrollView: SingleChildScrollViewWidget,
  listView: ListViewWidget,
  gridView: GridViewWidget,
  customScrollView: CustomScrollViewWidget,
  pageView: PageViewWidget,
  carouselView: CarouselViewWidget,
  refreshIndicator: RefreshIndicatorWidget,
  table: TableWidget,
  tableCell: TableCellWidget,
};
