/** Specs of the scrolling widgets (components: src/renderer/widgets/scrolling/). */
import { A, W, WL, enumOf, list, obj, type ObjectShape } from '../shapes';
import {
  axis,
  bool,
  borderRadius,
  borderSide,
  boxDecoration,
  clip,
  color,
  dragStartBehavior,
  edgeInsets,
  hitTestBehavior,
  int,
  looseObject,
  num,
  str,
  textDirection,
} from '../formats';
import { widget, type Props, physics } from './widgetSpec';

// Value formats only this family's widgets use: they load with its chunk, not with every page.
const keyboardDismissBehavior = enumOf('ScrollViewKeyboardDismissBehavior', ['manual', 'onDrag']);

const tableCellVerticalAlignment = enumOf('TableCellVerticalAlignment', [
  'top',
  'middle',
  'bottom',
  'baseline',
  'fill',
  'intrinsicHeight',
]);

const scrollableProps: Props = {
  scrollDirection: axis,
  reverse: bool,
  primary: bool,
  physics,
  shrinkWrap: bool,
  padding: edgeInsets,
  addAutomaticKeepAlives: bool,
  addRepaintBoundaries: bool,
  addSemanticIndexes: bool,
  cacheExtent: num,
  children: WL,
  semanticChildCount: int,
  dragStartBehavior,
  keyboardDismissBehavior,
  restorationId: str,
  clipBehavior: clip,
};

const tableRow = obj('TableRow', { children: WL, decoration: boxDecoration });

const tableColumnWidth = obj('TableColumnWidth', {
  type: enumOf('TableColumnWidthType', [
    'fixedColumnWidth',
    'flexColumnWidth',
    'fractionColumnWidth',
    'intrinsicColumnWidth',
    'maxColumnWidth',
    'minColumnWidth',
  ]),
  value: num,
});

const tableBorder = obj('TableBorder', {
  color,
  width: num,
  style: enumOf('BorderStyle', ['solid', 'none']),
  borderRadius,
  top: borderSide,
  right: borderSide,
  bottom: borderSide,
  left: borderSide,
  horizontalInside: borderSide,
  verticalInside: borderSide,
});

export const scrollingSpecs = {
  carouselView: widget(
    'carouselView',
    {
      carouselType: enumOf('StacCarouselViewType', ['regular', 'weighted']),
      padding: edgeInsets,
      backgroundColor: color,
      elevation: num,
      overlayColor: color,
      itemSnapping: bool,
      shrinkExtent: num,
      scrollDirection: axis,
      reverse: bool,
      onTap: A,
      enableSplash: bool,
      itemExtent: num,
      flexWeights: list(int),
      children: WL,
    },
    { required: ['children'] },
  ),
  customScrollView: widget('customScrollView', {
    slivers: WL,
    scrollDirection: axis,
    reverse: bool,
    primary: bool,
    physics,
    shrinkWrap: bool,
    anchor: num,
    cacheExtent: num,
    semanticChildCount: int,
    dragStartBehavior,
    keyboardDismissBehavior,
    restorationId: str,
    clipBehavior: clip,
    hitTestBehavior,
  }),
  gridView: widget('gridView', {
    ...scrollableProps,
    crossAxisCount: int,
    mainAxisSpacing: num,
    crossAxisSpacing: num,
    childAspectRatio: num,
    mainAxisExtent: num,
  }),
  listView: widget('listView', {
    ...scrollableProps,
    separator: W,
    // Filled per item by a surrounding dynamicView (Stac's gallery uses it).
    itemTemplate: W,
  }),
  pageView: widget('pageView', {
    scrollDirection: axis,
    reverse: bool,
    physics,
    pageSnapping: bool,
    onPageChanged: A,
    dragStartBehavior,
    allowImplicitScrolling: bool,
    restorationId: str,
    clipBehavior: clip,
    padEnds: bool,
    initialPage: int,
    keepPage: bool,
    viewportFraction: num,
    children: WL,
  }),
  refreshIndicator: widget('refreshIndicator', {
    child: W,
    displacement: num,
    edgeOffset: num,
    onRefresh: A,
    color,
    backgroundColor: color,
    semanticsLabel: str,
    semanticsValue: str,
    strokeWidth: num,
    triggerMode: enumOf('RefreshIndicatorTriggerMode', ['onEdge', 'anywhere']),
  }),
  singleChildScrollView: widget('singleChildScrollView', {
    scrollDirection: axis,
    reverse: bool,
    padding: edgeInsets,
    primary: bool,
    physics,
    child: W,
    dragStartBehavior,
    clipBehavior: clip,
    restorationId: str,
    keyboardDismissBehavior,
  }),
  table: widget('table', {
    children: list(tableRow),
    columnWidths: looseObject,
    defaultColumnWidth: tableColumnWidth,
    textDirection,
    border: tableBorder,
    defaultVerticalAlignment: tableCellVerticalAlignment,
    textBaseline: enumOf('TextBaseline', ['alphabetic', 'ideographic']),
  }),
  tableCell: widget('tableCell', { verticalAlignment: tableCellVerticalAlignment, child: W }),
} satisfies Record<string, ObjectShape>;
