/**
 * The built-in widget set: STAC widget type -> React component. `setValue` and `form` come from the
 * renderer core (they are renderer state, not looks).
 */
import type { StacWidgetRegistry } from '../contract';
import * as layout from './layoutWidgets';
import * as text from './textWidgets';
import * as buttons from './buttonWidgets';
import * as inputs from './inputWidgets';
import * as display from './displayWidgets';
import * as media from './mediaWidgets';
import * as navigation from './navigationWidgets';
import * as scrolling from './scrollingWidgets';
import * as data from './dataWidgets';

export const builtinWidgets: StacWidgetRegistry = Object.freeze({
  container: layout.ContainerWidget,
  column: layout.ColumnWidget,
  row: layout.RowWidget,
  expanded: layout.ExpandedWidget,
  flexible: layout.FlexibleWidget,
  spacer: layout.SpacerWidget,
  center: layout.CenterWidget,
  align: layout.AlignWidget,
  padding: layout.PaddingWidget,
  sizedBox: layout.SizedBoxWidget,
  limitedBox: layout.LimitedBoxWidget,
  fractionallySizedBox: layout.FractionallySizedBoxWidget,
  aspectRatio: layout.AspectRatioWidget,
  fittedBox: layout.FittedBoxWidget,
  coloredBox: layout.ColoredBoxWidget,
  opacity: layout.OpacityWidget,
  clipRRect: layout.ClipRRectWidget,
  clipOval: layout.ClipOvalWidget,
  stack: layout.StackWidget,
  positioned: layout.PositionedWidget,
  wrap: layout.WrapWidget,
  safeArea: layout.SafeAreaWidget,
  visibility: layout.VisibilityWidget,
  conditional: layout.ConditionalWidget,
  hero: layout.HeroWidget,
  backdropFilter: layout.BackdropFilterWidget,
  placeholder: layout.PlaceholderWidget,
  text: text.TextWidget,
  icon: text.IconWidget,
  elevatedButton: buttons.ElevatedButtonWidget,
  filledButton: buttons.FilledButtonWidget,
  outlinedButton: buttons.OutlinedButtonWidget,
  textButton: buttons.TextButtonWidget,
  iconButton: buttons.IconButtonWidget,
  floatingActionButton: buttons.FloatingActionButtonWidget,
  button: buttons.SimpleButtonWidget,
  inkWell: buttons.InkWellWidget,
  gestureDetector: buttons.GestureDetectorWidget,
  textField: inputs.TextFieldWidget,
  textFormField: inputs.TextFormFieldWidget,
  checkBox: inputs.CheckBoxWidget,
  switch: inputs.SwitchWidget,
  slider: inputs.SliderWidget,
  radioGroup: inputs.RadioGroupWidget,
  radio: inputs.RadioWidget,
  dropdownMenu: inputs.DropdownMenuWidget,
  autocomplete: inputs.AutocompleteWidget,
  card: display.CardWidget,
  chip: display.ChipWidget,
  listTile: display.ListTileWidget,
  divider: display.DividerWidget,
  linearProgressIndicator: display.LinearProgressIndicatorWidget,
  circularProgressIndicator: display.CircularProgressIndicatorWidget,
  alertDialog: display.AlertDialogWidget,
  image: media.ImageWidget,
  circleAvatar: media.CircleAvatarWidget,
  webView: media.WebViewWidget,
  scaffold: navigation.ScaffoldWidget,
  appBar: navigation.AppBarWidget,
  sliverAppBar: navigation.SliverAppBarWidget,
  defaultTabController: navigation.DefaultTabControllerWidget,
  tabBar: navigation.TabBarWidget,
  tab: navigation.TabWidget,
  tabBarView: navigation.TabBarViewWidget,
  defaultBottomNavigationController: navigation.DefaultBottomNavigationControllerWidget,
  bottomNavigationBar: navigation.BottomNavigationBarWidget,
  bottomNavigationView: navigation.BottomNavigationViewWidget,
  singleChildScrollView: scrolling.SingleChildScrollViewWidget,
  listView: scrolling.ListViewWidget,
  gridView: scrolling.GridViewWidget,
  customScrollView: scrolling.CustomScrollViewWidget,
  pageView: scrolling.PageViewWidget,
  carouselView: scrolling.CarouselViewWidget,
  refreshIndicator: scrolling.RefreshIndicatorWidget,
  table: scrolling.TableWidget,
  tableCell: scrolling.TableCellWidget,
  dynamicView: data.DynamicViewWidget,
  networkWidget: data.NetworkWidgetWidget,
});

export { STAC_WIDGET_CSS, StacWidgetStyles } from './widgetStyles';
export { evaluateCondition } from './evaluateCondition';
export { fittedScale } from './layoutWidgets';
export { FlexParentContext, rootFlexParent } from './flexParent';
export { StacRequestContext, useStacRequest } from './requestContext';
export type { StacRequestRunner, StacRequestOutcome } from './requestContext';
export { readDataPath } from './dataWidgets';
