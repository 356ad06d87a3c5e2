/** Specs of the layout widgets (components: src/renderer/widgets/layout/). */
import { W, WL, enumOf, type ObjectShape, obj } from '../shapes';
import {
  alignment,
  anyValue,
  axis,
  blendMode,
  bool,
  borderRadius,
  boxConstraints,
  boxDecoration,
  boxFit,
  clip,
  color,
  edgeInsets,
  int,
  looseObject,
  mainAxisAlignment,
  num,
  str,
  textDirection,
  verticalDirection,
} from '../formats';
import { widget, type Props } from './widgetSpec';

// Value formats only this family's widgets use: they load with its chunk, not with every page.
const crossAxisAlignment = enumOf('CrossAxisAlignment', ['start', 'end', 'center', 'stretch', 'baseline']);

const mainAxisSize = enumOf('MainAxisSize', ['min', 'max']);

const flexFit = enumOf('FlexFit', ['tight', 'loose']);

const stackFit = enumOf('StackFit', ['loose', 'expand', 'passthrough']);

const wrapAlignment = enumOf('WrapAlignment', [
  'start',
  'end',
  'center',
  'spaceBetween',
  'spaceAround',
  'spaceEvenly',
]);

const wrapCrossAlignment = enumOf('WrapCrossAlignment', ['start', 'end', 'center']);

const imageFilter: ObjectShape = obj('ImageFilter', {
  type: enumOf('ImageFilterType', ['blur', 'dilate', 'erode', 'matrix', 'compose']),
  sigmaX: num,
  sigmaY: num,
  radiusX: num,
  radiusY: num,
  tileMode: enumOf('TileMode', ['clamp', 'repeated', 'mirror', 'decal']),
  // compose nests filters; kept as plain values to avoid a recursive shape
  outer: anyValue,
  inner: anyValue,
});

const flexProps: Props = {
  mainAxisAlignment,
  crossAxisAlignment,
  mainAxisSize,
  textDirection,
  verticalDirection,
  spacing: num,
  children: WL,
};

export const layoutSpecs = {
  align: widget('align', { alignment, widthFactor: num, heightFactor: num, child: W }),
  aspectRatio: widget('aspectRatio', { aspectRatio: num, child: W }),
  backdropFilter: widget(
    'backdropFilter',
    { filter: imageFilter, child: W, enabled: bool, blendMode },
    { required: ['filter'] },
  ),
  center: widget('center', { widthFactor: num, heightFactor: num, child: W }),
  clipOval: widget('clipOval', { clipBehavior: clip, child: W }),
  clipRRect: widget('clipRRect', { borderRadius, clipBehavior: clip, child: W }),
  coloredBox: widget('coloredBox', { color, child: W }, { required: ['color'] }),
  column: widget('column', flexProps),
  conditional: widget(
    'conditional',
    { condition: str, ifTrue: W, ifFalse: W },
    { required: ['condition', 'ifTrue'] },
  ),
  container: widget('container', {
    alignment,
    padding: edgeInsets,
    decoration: boxDecoration,
    foregroundDecoration: boxDecoration,
    color,
    width: num,
    height: num,
    constraints: boxConstraints,
    margin: edgeInsets,
    child: W,
    clipBehavior: clip,
    // The simple form of the Invenicum plugin API docs.
    layout: enumOf('layout', ['vertical', 'horizontal']),
    children: WL,
  }),
  expanded: widget('expanded', { flex: int, child: W }),
  fittedBox: widget('fittedBox', { fit: boxFit, alignment, clipBehavior: clip, child: W }),
  flexible: widget('flexible', { child: W, flex: int, fit: flexFit }),
  fractionallySizedBox: widget('fractionallySizedBox', {
    alignment,
    widthFactor: num,
    heightFactor: num,
    child: W,
  }),
  hero: widget(
    'hero',
    {
      tag: anyValue,
      child: W,
      createRectTween: looseObject,
      flightShuttleBuilder: W,
      placeholderBuilder: W,
      transitionOnUserGestures: bool,
    },
    { required: ['tag', 'child'] },
  ),
  limitedBox: widget('limitedBox', { maxHeight: num, maxWidth: num, child: W }),
  opacity: widget('opacity', { opacity: num, child: W }, { required: ['opacity', 'child'] }),
  padding: widget('padding', { padding: edgeInsets, child: W }, { required: ['padding'] }),
  placeholder: widget('placeholder', {
    fallbackWidth: num,
    fallbackHeight: num,
    strokeWidth: num,
    color,
    child: W,
  }),
  positioned: widget('positioned', {
    positionedType: enumOf('StacPositionedType', ['directional', 'fill', 'fromRect', 'fromRelativeRect']),
    left: num,
    top: num,
    right: num,
    bottom: num,
    width: num,
    height: num,
    start: num,
    end: num,
    textDirection,
    rect: looseObject,
    child: W,
  }),
  row: widget('row', flexProps),
  safeArea: widget('safeArea', {
    child: W,
    left: bool,
    top: bool,
    right: bool,
    bottom: bool,
    minimum: edgeInsets,
    maintainBottomViewPadding: bool,
  }),
  sizedBox: widget('sizedBox', { width: num, height: num, child: W }),
  spacer: widget('spacer', { flex: int }),
  stack: widget('stack', { alignment, clipBehavior: clip, fit: stackFit, textDirection, children: WL }),
  visibility: widget(
    'visibility',
    {
      child: W,
      visible: bool,
      maintainState: bool,
      maintainAnimation: bool,
      maintainSize: bool,
      maintainSemantics: bool,
      maintainInteractivity: bool,
      replacement: W,
    },
    { required: ['child'] },
  ),
  wrap: widget('wrap', {
    direction: axis,
    alignment: wrapAlignment,
    spacing: num,
    runAlignment: wrapAlignment,
    runSpacing: num,
    crossAxisAlignment: wrapCrossAlignment,
    textDirection,
    verticalDirection,
    clipBehavior: clip,
    children: WL,
  }),
} satisfies Record<string, ObjectShape>;
