/**
 * Layout family: boxes, flex, stack and the single-child wrappers. Flutter's constraints become CSS:
 * a box that forces its size on a child (Container/SizedBox with a size, Expanded) is a one-cell grid whose
 * item stretches; an aligning box (Center, Align, Container.alignment) is a flex box that lets its child
 * shrink to fit.
 */
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { StacWidgetProps } from '../../contract';
import { StacChild, StacChildren, StacInlineChildren, hookFreeWidget } from '../../widgetApi';
import {
  alignmentToFlex,
  booleanOf,
  borderRadiusToCss,
  boxConstraintsToCss,
  boxDecorationToCss,
  colorToCss,
  decorationImageLayerToCss,
  nineSliceImageUrl,
  edgeInsetsToCss,
  lengthToCss,
  flexAlignmentClasses,
  isFlexAlignmentName,
  maxLengthToCss,
  numberOf,
  wrapAlignmentToCss,
  definedStyle,
} from '../../values';
import { useNaturalImageSize } from './useNaturalImageSize';
import { clampWidthToParent, clips, isRecord, listOf, sizeToCss } from '../widgetProps';
import { FlexParentContext, listFlexParentOf, useFlexParent, useParentFlexAxis } from '../flexParent';
import { evaluateCondition } from './evaluateCondition';

/** A box whose single child fills it, as a tight Flutter constraint would make it. */
/**
 * Flutter passes tight constraints down from a SizedBox with a length, an AspectRatio, a Stack with
 * fit: expand and a Positioned with a size: the child's own width/height no longer count. Only a stylesheet
 * rule can override the child's inline size (widgetStyles.tsx).
 */
export function tightClass(width: boolean, height: boolean): string | undefined {
  const names = [width ? 'stac-tight-width' : '', height ? 'stac-tight-height' : ''].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}

/**
 * Flutter's maximum constraints (a LimitedBox in an unbounded axis, a Container's `constraints`) hold the
 * child too, whatever size it states: a 200 px box under maxHeight 50 is 50 tall. The parent is a
 * one-cell grid, so the child's `max-height: 100%` resolves against the clamped cell (widgetStyles.tsx).
 */
/** A widget's own class (its type: `stac-sizedBox`) and the layout classes it needs, if any. */
export function withClass(own: string, more: string | undefined): string {
  return more === undefined ? own : `${own} ${more}`;
}

export function clampClass(width: boolean, height: boolean): string | undefined {
  const names = [width ? 'stac-clamp-width' : '', height ? 'stac-clamp-height' : ''].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}

function hasMax(constraints: unknown, name: 'maxWidth' | 'maxHeight'): boolean {
  const css = isRecord(constraints) ? maxLengthToCss(constraints[name]) : undefined;
  return css !== undefined && css !== 'none';
}

function isFiniteLength(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

const FILL_GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  gridTemplateRows: 'minmax(0, 1fr)',
};

/**
 * A box that holds a translucent decoration image on a layer: the layer's negative z-index keeps it above
 * the box's own background and below its content, inside the box's stacking context.
 */
const LAYERED: CSSProperties = { position: 'relative', isolation: 'isolate' };

function aligned(alignment: unknown, fallback = 'center'): CSSProperties {
  const { justifyContent, alignItems } = alignmentToFlex(alignment, fallback);
  return { display: 'flex', flexDirection: 'row', justifyContent, alignItems };
}

/** The prop-dependent half of `aligned`: `.stac-align` / `.stac-center` supply display, direction and box-sizing. */
function alignedItems(alignment: unknown, fallback: string): CSSProperties {
  const { justifyContent, alignItems } = alignmentToFlex(alignment, fallback);
  return { justifyContent, alignItems };
}

export function ContainerWidget({ node, path }: StacWidgetProps) {
  const parentAxis = useParentFlexAxis(path);
  const imageLayer = decorationImageLayerToCss(
    node.decoration,
    useNaturalImageSize(nineSliceImageUrl(node.decoration)),
  );
  // The simple form of the Invenicum plugin docs: `{ type: container, layout: vertical, children }`.
  if (node.child === undefined && Array.isArray(node.children)) {
    const horizontal = node.layout === 'horizontal';
    return (
      <div
        className="stac-container"
        style={definedStyle({
          display: 'flex',
          flexDirection: horizontal ? 'row' : 'column',
          alignItems: horizontal ? 'center' : 'stretch',
          flexWrap: horizontal ? 'wrap' : undefined,
          gap: lengthToCss(node.spacing) ?? '8px',
          padding: edgeInsetsToCss(node.padding),
          margin: edgeInsetsToCss(node.margin),
          ...boxDecorationToCss(node.decoration, { separateTranslucentImage: true }),
          ...(colorToCss(node.color) ? { backgroundColor: colorToCss(node.color) } : {}),
          ...(imageLayer ? LAYERED : {}),
        })}
      >
        {imageLayer ? <div aria-hidden data-stac-layer="decoration-image" style={imageLayer} /> : null}
        <StacChildren nodes={node.children} path={`${path}.children`} />
      </div>
    );
  }
  const decoration = boxDecorationToCss(node.decoration, { separateTranslucentImage: true });
  const color = colorToCss(node.color);
  const hasChild = node.child !== undefined && node.child !== null;
  const layout: CSSProperties =
    node.alignment !== undefined ? aligned(node.alignment) : hasChild ? FILL_GRID : { display: 'block' };
  const foreground = isRecord(node.foregroundDecoration)
    ? boxDecorationToCss(node.foregroundDecoration)
    : null;
  const size = clampWidthToParent(sizeToCss(node.width, node.height, parentAxis));
  const style: CSSProperties = {
    ...layout,
    ...(color ? { backgroundColor: color } : {}),
    ...decoration,
    ...size,
    ...boxConstraintsToCss(node.constraints),
    padding: edgeInsetsToCss(node.padding),
    margin: edgeInsetsToCss(node.margin),
    overflow: clips(node.clipBehavior, 'none') ? 'hidden' : undefined,
    position: foreground ? 'relative' : undefined,
    ...(imageLayer ? LAYERED : {}),
    flexShrink:
      size.flex === undefined && (node.width !== undefined || node.height !== undefined) ? 0 : undefined,
  };
  return (
    <div
      className={[
        'stac-container stac-box',
        layout === FILL_GRID
          ? clampClass(hasMax(node.constraints, 'maxWidth'), hasMax(node.constraints, 'maxHeight'))
          : undefined,
      ]
        .filter(Boolean)
        .join(' ')}
      style={definedStyle(style)}
    >
      {imageLayer ? <div aria-hidden data-stac-layer="decoration-image" style={imageLayer} /> : null}
      <StacChild node={node.child} path={`${path}.child`} />
      {foreground ? (
        <div aria-hidden style={{ position: 'absolute', inset: 0, pointerEvents: 'none', ...foreground }} />
      ) : null}
    </div>
  );
}

/**
 * Widgets that never ask which flex box holds them (useFlexParent). A row or column whose children are all
 * of these provides no FlexParent: one fiber and one object less per item of a long list of plain items.
 * Leaving it out changes nothing for deeper nodes either: a FlexParent answers only for its direct children.
 */
const NO_FLEX_READERS: ReadonlySet<string> = new Set([
  'text',
  'icon',
  'image',
  'divider',
  'button',
  'elevatedButton',
  'filledButton',
  'outlinedButton',
  'textButton',
  'iconButton',
  'floatingActionButton',
]);

function childrenReadFlexParent(children: unknown): boolean {
  if (!Array.isArray(children)) return false;
  for (const child of children as unknown[]) {
    if (!isRecord(child) || typeof child.type !== 'string' || !NO_FLEX_READERS.has(child.type)) return true;
  }
  return false;
}

/** Each row's and column's class, per direction, main and cross alignment: made once, not per item of a list. */
const flexBoxClasses = {
  row: new Map<unknown, Map<unknown, string>>(),
  column: new Map<unknown, Map<unknown, string>>(),
};

function flexBoxClass(direction: 'row' | 'column', main: unknown, cross: unknown): string {
  const byMain = flexBoxClasses[direction];
  let byCross = byMain.get(main);
  const known = byCross?.get(cross);
  if (known !== undefined) return known;
  const className = `stac-${direction} ${flexAlignmentClasses(main, cross)}`;
  // Only the names a document may write are kept (bound alignments could be any string): a handful.
  if (isFlexAlignmentName(main) && isFlexAlignmentName(cross)) {
    if (byCross === undefined) byMain.set(main, (byCross = new Map()));
    byCross.set(cross, className);
  }
  return className;
}

/** A row or column, called (not rendered) by ColumnWidget and RowWidget with its arguments as they are. */
function FlexBox(node: StacWidgetProps['node'], path: string, direction: 'row' | 'column') {
  const parent = useFlexParent(path);
  const reverse = node.verticalDirection === 'up' && direction === 'column';
  const min = node.mainAxisSize === 'min';
  // display, flex-direction, box-sizing, min-width and max-width come from `.stac-row` / `.stac-column`,
  // the alignments from a class each (a list of a thousand items writes no inline style for them).
  const display = min && direction === 'row' ? 'inline-flex' : undefined;
  const gap = lengthToCss(node.spacing);
  const textDirection =
    node.textDirection === 'rtl' ? 'rtl' : node.textDirection === 'ltr' ? 'ltr' : undefined;
  // Flutter's max main axis size fills what the parent offers; in a document flow only width is bounded.
  // ... except inside another row, whose children Flutter lays out with an unbounded width: there a
  // row shrink-wraps its children instead of squeezing its siblings.
  const width = direction === 'row' && !min && parent?.axis !== 'row' ? '100%' : undefined;
  // A column with mainAxisSize.max fills a bounded height (a scaffold body), so mainAxisAlignment
  // center/end/spaceBetween place the children in the whole screen as in Flutter.
  const flexGrow =
    direction === 'column' && !min && parent?.bounded && parent.axis === 'column' ? 1 : undefined;
  // The item of a list sets none of them: no object for it.
  const style =
    display === undefined &&
    !reverse &&
    gap === undefined &&
    textDirection === undefined &&
    width === undefined &&
    flexGrow === undefined
      ? undefined
      : definedStyle({
          display,
          flexDirection: reverse ? 'column-reverse' : undefined,
          gap,
          direction: textDirection,
          width,
          flexGrow,
        });
  const childrenPath = `${path}.children`;
  const flexParent = childrenReadFlexParent(node.children)
    ? listFlexParentOf(direction, node.children as unknown[], childrenPath)
    : null;
  // Children that never ask for their flex parent have no provider around them: those that can are drawn
  // in this node's own render (StacInlineChildren), with no fiber of their own.
  const children = flexParent
    ? StacChildren({ nodes: node.children, path: childrenPath })
    : StacInlineChildren({ nodes: node.children, path: childrenPath });
  return (
    <div className={flexBoxClass(direction, node.mainAxisAlignment, node.crossAxisAlignment)} style={style}>
      {flexParent ? (
        <FlexParentContext.Provider value={flexParent}>{children}</FlexParentContext.Provider>
      ) : (
        children
      )}
    </div>
  );
}

// Hook-free (its contexts read with `use`, its flex parent kept per list without a memo): the node view
// calls it as a function, so a list of a thousand columns has a thousand fibers and hooks less.
export const ColumnWidget = hookFreeWidget(function ColumnWidget({ node, path }: StacWidgetProps) {
  return FlexBox(node, path, 'column');
});

export const RowWidget = hookFreeWidget(function RowWidget({ node, path }: StacWidgetProps) {
  return FlexBox(node, path, 'row');
});

function flexFactor(value: unknown): number {
  const n = numberOf(value);
  return n !== undefined && n > 0 ? n : 1;
}

export function ExpandedWidget({ node, path }: StacWidgetProps) {
  return (
    <div className="stac-fill stac-expanded" style={{ flex: `${flexFactor(node.flex)} 1 0px` }}>
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function FlexibleWidget({ node, path }: StacWidgetProps) {
  const tight = node.fit === 'tight';
  return (
    <div
      className="stac-flexible"
      style={{
        ...(tight ? FILL_GRID : { display: 'flex', flexDirection: 'column' }),
        flex: tight ? `${flexFactor(node.flex)} 1 0px` : `0 ${flexFactor(node.flex)} auto`,
        minWidth: 0,
        minHeight: 0,
      }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function SpacerWidget({ node }: StacWidgetProps) {
  return <div className="stac-spacer" aria-hidden style={{ flex: `${flexFactor(node.flex)} 1 0px` }} />;
}

function positiveFactor(value: unknown): number | undefined {
  const n = numberOf(value);
  return n !== undefined && n >= 0 ? n : undefined;
}

/**
 * Center/Align. Flutter sizes the box to the child's size times widthFactor/heightFactor, and fills the
 * parent along an axis without a factor. CSS cannot size a box from a multiple of its child's intrinsic
 * size, so the child is measured after layout (like FittedBox); server HTML and the first paint
 * shrink-wrap the child (factor 1) until then.
 */
function AlignBox({ node, path, type, fallback }: StacWidgetProps & { type: string; fallback: string }) {
  const widthFactor = positiveFactor(node.widthFactor);
  const heightFactor = positiveFactor(node.heightFactor);
  const factored = widthFactor !== undefined || heightFactor !== undefined;
  const content = useRef<HTMLDivElement>(null);
  const [childSize, setChildSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = content.current;
    if (!factored || !element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const width = element.offsetWidth;
      const height = element.offsetHeight;
      setChildSize((current) =>
        current && current.width === width && current.height === height ? current : { width, height },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, [factored]);
  const factoredLength = (factor: number | undefined, measured: number | undefined) =>
    factor === undefined ? '100%' : measured === undefined ? undefined : `${measured * factor}px`;
  const child = <StacChild node={node.child} path={`${path}.child`} />;
  // Align sizes itself as large as its constraints allow: in a bounded parent (a scaffold body, the screen)
  // it fills the height too, so a center there centres vertically.
  const fillsParent = useFlexParent(path)?.bounded === true && heightFactor === undefined;
  return (
    <div
      className={`stac-${type}`}
      style={{
        ...alignedItems(node.alignment, fallback),
        flexGrow: fillsParent ? 1 : undefined,
        display: widthFactor !== undefined ? 'inline-flex' : undefined,
        width: factoredLength(widthFactor, childSize?.width),
        height: factoredLength(heightFactor, childSize?.height),
        flexShrink: factored ? 0 : undefined,
      }}
    >
      {factored ? (
        // max-content keeps the child's size independent of the box it sizes (no feedback loop).
        <div ref={content} style={{ flex: 'none', display: 'grid', width: 'max-content' }}>
          {child}
        </div>
      ) : (
        child
      )}
    </div>
  );
}

export function CenterWidget(props: StacWidgetProps) {
  return (
    <AlignBox {...props} node={{ ...props.node, alignment: 'center' }} type="center" fallback="center" />
  );
}

export function AlignWidget(props: StacWidgetProps) {
  return <AlignBox {...props} type="align" fallback="center" />;
}

/**
 * True when a node takes all the width its parent offers in Flutter (a row with mainAxisSize.max, a text
 * field, or a padding/sizedBox/container without a width around one). A wrapper around such a node must be as wide as its parent too: CSS would
 * otherwise shrink the wrapper to the row's content inside a centring column.
 */
function fillsWidth(node: unknown, depth = 0): boolean {
  if (!isRecord(node) || depth > 8) return false;
  if (node.type === 'row') return node.mainAxisSize !== 'min';
  if (node.type === 'textField' || node.type === 'textFormField') return true;
  if (node.type === 'padding') return fillsWidth(node.child, depth + 1);
  if (node.type === 'sizedBox' || node.type === 'container')
    return node.width === undefined && fillsWidth(node.child, depth + 1);
  return false;
}

export function PaddingWidget({ node, path }: StacWidgetProps) {
  const parent = useFlexParent(path);
  // Padding passes a scaffold body's bounded height on, so a column inside still fills the screen.
  const fillsBody = parent?.bounded === true && parent.axis === 'column';
  // In a row Flutter gives an unbounded width, so there the row inside shrink-wraps instead.
  const fullWidth = parent?.axis !== 'row' && fillsWidth(node.child);
  return (
    <div
      className="stac-padding stac-fill stac-box"
      style={{
        padding: edgeInsetsToCss(node.padding),
        flexGrow: fillsBody ? 1 : undefined,
        width: fullWidth ? '100%' : undefined,
      }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function SizedBoxWidget({ node, path }: StacWidgetProps) {
  const parentAxis = useParentFlexAxis(path);
  const size = clampWidthToParent(sizeToCss(node.width, node.height, parentAxis));
  if (size.width === undefined && parentAxis !== 'row' && fillsWidth(node.child)) size.width = '100%';
  const hasChild = node.child !== undefined && node.child !== null;
  const tight = tightClass(isFiniteLength(node.width), isFiniteLength(node.height));
  return (
    <div
      className={
        hasChild ? `stac-sizedBox stac-fill stac-box${tight ? ` ${tight}` : ''}` : 'stac-sizedBox stac-box'
      }
      style={{
        ...(size.flex === undefined ? { flexShrink: 0 } : {}),
        ...size,
      }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function LimitedBoxWidget({ node, path }: StacWidgetProps) {
  // LimitedBox only limits an axis its parent leaves unbounded: the main axis of a row or column.
  const parent = useFlexParent(path);
  const unbounded = parent && !parent.bounded ? parent.axis : null;
  const maxWidth = unbounded === 'row' ? maxLengthToCss(node.maxWidth) : undefined;
  const maxHeight = unbounded === 'column' ? maxLengthToCss(node.maxHeight) : undefined;
  const limits = (css: string | undefined) => css !== undefined && css !== 'none';
  return (
    <div
      className={withClass('stac-limitedBox', clampClass(limits(maxWidth), limits(maxHeight)))}
      style={{ ...FILL_GRID, maxWidth, maxHeight }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function FractionallySizedBoxWidget({ node, path }: StacWidgetProps) {
  const widthFactor = numberOf(node.widthFactor);
  const heightFactor = numberOf(node.heightFactor);
  return (
    <div
      className="stac-fractionallySizedBox"
      style={{ ...aligned(node.alignment), width: '100%', height: '100%' }}
    >
      <div
        style={{
          ...FILL_GRID,
          width: widthFactor !== undefined ? `${widthFactor * 100}%` : undefined,
          height: heightFactor !== undefined ? `${heightFactor * 100}%` : undefined,
        }}
      >
        <StacChild node={node.child} path={`${path}.child`} />
      </div>
    </div>
  );
}

export function AspectRatioWidget({ node, path }: StacWidgetProps) {
  const ratio = numberOf(node.aspectRatio) ?? 1;
  return (
    <div
      className={withClass('stac-aspectRatio', tightClass(true, true))}
      style={{ ...FILL_GRID, aspectRatio: String(ratio > 0 ? ratio : 1), width: '100%' }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

/** How much a child of natural size (w, h) is scaled to fit (W, H?) under a Flutter BoxFit. */
export function fittedScale(
  fit: unknown,
  w: number,
  h: number,
  W: number,
  H: number | null,
): { x: number; y: number } {
  if (w <= 0 || h <= 0 || W <= 0) return { x: 1, y: 1 };
  const byWidth = W / w;
  const byHeight = H !== null && H > 0 ? H / h : null;
  const contain = byHeight === null ? byWidth : Math.min(byWidth, byHeight);
  switch (fit ?? 'contain') {
    case 'fill':
      return { x: byWidth, y: byHeight ?? byWidth };
    case 'cover': {
      const cover = byHeight === null ? byWidth : Math.max(byWidth, byHeight);
      return { x: cover, y: cover };
    }
    case 'fitWidth':
      return { x: byWidth, y: byWidth };
    case 'fitHeight':
      return byHeight === null ? { x: 1, y: 1 } : { x: byHeight, y: byHeight };
    case 'none':
      return { x: 1, y: 1 };
    case 'scaleDown': {
      const down = Math.min(1, contain);
      return { x: down, y: down };
    }
    default:
      return { x: contain, y: contain };
  }
}

export function FittedBoxWidget({ node, path }: StacWidgetProps) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<{ x: number; y: number; height: number | null }>({
    x: 1,
    y: 1,
    height: null,
  });
  const fit = node.fit;
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    // Scaling needs layout: server rendering and environments without ResizeObserver show the child as is.
    if (!box || !content || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const parent = box.parentElement;
      // A parent that states its height (sizedBox, container) bounds the box; otherwise only width does.
      const bounded = parent && parent.style.height !== '' ? parent.clientHeight : null;
      const next = fittedScale(fit, content.offsetWidth, content.offsetHeight, box.clientWidth, bounded);
      const height = bounded ?? content.offsetHeight * next.y;
      setScale((current) =>
        current.x === next.x && current.y === next.y && current.height === height
          ? current
          : { ...next, height },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(content);
    measure();
    return () => observer.disconnect();
  }, [fit]);
  const { justifyContent, alignItems } = alignmentToFlex(node.alignment);
  const origin = `${justifyContent === 'flex-start' ? 'left' : justifyContent === 'flex-end' ? 'right' : 'center'} ${
    alignItems === 'flex-start' ? 'top' : alignItems === 'flex-end' ? 'bottom' : 'center'
  }`;
  return (
    <div
      ref={outer}
      className="stac-fittedBox"
      style={{
        display: 'flex',
        justifyContent,
        alignItems,
        width: '100%',
        height: scale.height !== null ? `${scale.height}px` : undefined,
        overflow: clips(node.clipBehavior, 'none') ? 'hidden' : undefined,
      }}
    >
      <div
        ref={inner}
        style={{
          flex: 'none',
          width: 'max-content',
          transform: scale.x !== 1 || scale.y !== 1 ? `scale(${scale.x}, ${scale.y})` : undefined,
          transformOrigin: origin,
        }}
      >
        <StacChild node={node.child} path={`${path}.child`} />
      </div>
    </div>
  );
}

export function ColoredBoxWidget({ node, path }: StacWidgetProps) {
  return (
    <div className="stac-coloredBox" style={{ ...FILL_GRID, backgroundColor: colorToCss(node.color) }}>
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function OpacityWidget({ node, path }: StacWidgetProps) {
  const opacity = Math.min(1, Math.max(0, numberOf(node.opacity) ?? 1));
  return (
    <div className="stac-opacity" style={{ opacity }}>
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function ClipRRectWidget({ node, path }: StacWidgetProps) {
  return (
    <div
      className="stac-clipRRect"
      style={{
        ...FILL_GRID,
        overflow: 'hidden',
        borderRadius: borderRadiusToCss(node.borderRadius) ?? '0px',
      }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function ClipOvalWidget({ node, path }: StacWidgetProps) {
  return (
    <div
      className="stac-clipOval"
      style={{ display: 'inline-grid', overflow: 'hidden', borderRadius: '50%', verticalAlign: 'top' }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

/** The far edge of the furthest positioned child along one axis, from its offset and size, as CSS. */
function positionedExtent(
  children: unknown[],
  offset: 'left' | 'top',
  size: 'width' | 'height',
): string | undefined {
  let extent = 0;
  for (const child of children) {
    if (!isRecord(child)) continue;
    const length = numberOf(child[size]);
    if (length === undefined || length >= 1e9) continue;
    extent = Math.max(extent, (numberOf(child[offset]) ?? 0) + length);
  }
  return extent > 0 ? `${extent}px` : undefined;
}

export function StackWidget({ node, path }: StacWidgetProps) {
  const { justifyContent, alignItems } = alignmentToFlex(node.alignment, 'topStart');
  const toGrid = (position: string) =>
    position === 'flex-start' ? 'start' : position === 'flex-end' ? 'end' : 'center';
  const expand = node.fit === 'expand';
  const children = listOf(node.children);
  // Flutter: a stack without a non-positioned child is as large as its parent allows; in CSS it would
  // collapse to nothing and hide every child. It still keeps room for the children's stated rectangles.
  const onlyPositioned =
    children.length > 0 && children.every((child) => isRecord(child) && child.type === 'positioned');
  const fill: CSSProperties = onlyPositioned
    ? {
        width: '100%',
        flex: '1 1 auto',
        alignSelf: 'stretch',
        minWidth: positionedExtent(children, 'left', 'width'),
        minHeight: positionedExtent(children, 'top', 'height'),
      }
    : {};
  return (
    <div
      className="stac-stack"
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr)',
        gridTemplateRows: 'minmax(0, 1fr)',
        justifyItems: expand ? 'stretch' : toGrid(justifyContent),
        alignItems: expand ? 'stretch' : toGrid(alignItems),
        position: 'relative',
        overflow: clips(node.clipBehavior, 'clip') ? 'hidden' : undefined,
        direction: node.textDirection === 'rtl' ? 'rtl' : undefined,
        width: expand ? '100%' : undefined,
        height: expand ? '100%' : undefined,
        ...fill,
      }}
    >
      {children.map((child, index) => (
        <div
          key={index}
          className={
            expand && !(isRecord(child) && child.type === 'positioned') ? tightClass(true, true) : undefined
          }
          style={{ gridArea: '1 / 1', display: 'grid', minWidth: 0 }}
        >
          <StacChild node={child} path={`${path}.children[${index}]`} />
        </div>
      ))}
    </div>
  );
}

export function PositionedWidget({ node, path }: StacWidgetProps) {
  const rtl = node.textDirection === 'rtl';
  const start = lengthToCss(node.start);
  const end = lengthToCss(node.end);
  const rect = isRecord(node.rect) ? node.rect : null;
  const style: CSSProperties = {
    position: 'absolute',
    display: 'grid',
    left: lengthToCss(rect ? rect.left : node.left) ?? (rtl ? end : start),
    top: lengthToCss(rect ? rect.top : node.top),
    right: lengthToCss(node.right) ?? (rtl ? start : end),
    bottom: lengthToCss(node.bottom),
    ...sizeToCss(rect ? rect.width : node.width, rect ? rect.height : node.height),
  };
  if (node.positionedType === 'fill') {
    // Positioned.fill takes only the four edges (default 0); a width or height beside them is ignored.
    Object.assign(style, {
      left: style.left ?? 0,
      top: style.top ?? 0,
      right: style.right ?? 0,
      bottom: style.bottom ?? 0,
    });
    delete style.width;
    delete style.height;
  }
  // Flutter gives the child tight constraints on an axis the Positioned fixes (a width, or both edges):
  // a 75px container in a 150px Positioned is 150px wide. Only a stylesheet rule can override the
  // child's own inline size.
  const tightWidth = style.width !== undefined || (style.left !== undefined && style.right !== undefined);
  const tightHeight = style.height !== undefined || (style.top !== undefined && style.bottom !== undefined);
  const tight = tightClass(tightWidth, tightHeight);
  return (
    <div className={withClass('stac-positioned', tight)} style={style}>
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function WrapWidget({ node, path }: StacWidgetProps) {
  const vertical = node.direction === 'vertical';
  const crossAlign: Record<string, string> = { start: 'flex-start', end: 'flex-end', center: 'center' };
  const spacing = lengthToCss(node.spacing) ?? '0px';
  const runSpacing = lengthToCss(node.runSpacing) ?? '0px';
  return (
    <div
      className="stac-wrap"
      style={{
        display: 'flex',
        flexWrap: node.verticalDirection === 'up' ? 'wrap-reverse' : 'wrap',
        flexDirection: vertical ? 'column' : 'row',
        justifyContent: wrapAlignmentToCss(node.alignment),
        alignContent: wrapAlignmentToCss(node.runAlignment),
        alignItems:
          (typeof node.crossAxisAlignment === 'string' && crossAlign[node.crossAxisAlignment]) ||
          'flex-start',
        columnGap: vertical ? runSpacing : spacing,
        rowGap: vertical ? spacing : runSpacing,
        direction: node.textDirection === 'rtl' ? 'rtl' : undefined,
        overflow: clips(node.clipBehavior, 'none') ? 'hidden' : undefined,
      }}
    >
      <StacChildren nodes={node.children} path={`${path}.children`} />
    </div>
  );
}

export function SafeAreaWidget({ node, path }: StacWidgetProps) {
  const side = (name: 'left' | 'top' | 'right' | 'bottom', minimum: number) =>
    booleanOf(node[name], true) ? `max(${minimum}px, env(safe-area-inset-${name}, 0px))` : `${minimum}px`;
  const min = isRecord(node.minimum) || typeof node.minimum === 'number' ? node.minimum : 0;
  const insets = edgeInsetsToCss(min)
    ?.split(' ')
    .map((part) => Number.parseFloat(part)) ?? [0, 0, 0, 0];
  return (
    <div
      className="stac-safeArea"
      style={{
        ...FILL_GRID,
        boxSizing: 'border-box',
        paddingTop: side('top', insets[0]),
        paddingRight: side('right', insets[1]),
        paddingBottom: side('bottom', insets[2]),
        paddingLeft: side('left', insets[3]),
      }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function VisibilityWidget({ node, path }: StacWidgetProps) {
  const visible = booleanOf(node.visible, true);
  if (visible) return <StacChild node={node.child} path={`${path}.child`} />;
  if (booleanOf(node.maintainSize, false)) {
    return (
      <div className="stac-visibility" style={{ visibility: 'hidden' }} aria-hidden>
        <StacChild node={node.child} path={`${path}.child`} />
      </div>
    );
  }
  if (booleanOf(node.maintainState, false)) {
    // Kept mounted so field values survive, but out of layout and of the accessibility tree.
    return (
      <div className="stac-visibility" hidden>
        <StacChild node={node.child} path={`${path}.child`} />
      </div>
    );
  }
  return <StacChild node={node.replacement} path={`${path}.replacement`} />;
}

export function ConditionalWidget({ node, path }: StacWidgetProps) {
  return evaluateCondition(node.condition) ? (
    <StacChild node={node.ifTrue} path={`${path}.ifTrue`} />
  ) : (
    <StacChild node={node.ifFalse} path={`${path}.ifFalse`} />
  );
}

export function HeroWidget({ node, path }: StacWidgetProps) {
  // Shared-element flights need a navigator; on the web the child simply renders where it is.
  return (
    <div className="stac-hero" style={{ display: 'contents' }}>
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function BackdropFilterWidget({ node, path }: StacWidgetProps) {
  const filter = isRecord(node.filter) ? node.filter : {};
  const enabled = booleanOf(node.enabled, true);
  const sigmaX = numberOf(filter.sigmaX ?? filter.radiusX) ?? 0;
  const sigmaY = numberOf(filter.sigmaY ?? filter.radiusY) ?? sigmaX;
  const blur = filter.type === undefined || filter.type === 'blur' ? (sigmaX + sigmaY) / 2 : 0;
  const css = enabled && blur > 0 ? `blur(${blur}px)` : undefined;
  return (
    <div
      className="stac-backdropFilter"
      style={{ ...FILL_GRID, backdropFilter: css, WebkitBackdropFilter: css }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function PlaceholderWidget({ node, path }: StacWidgetProps) {
  const hasChild = node.child !== undefined && node.child !== null;
  const color = colorToCss(node.color) ?? 'rgb(69, 90, 100)';
  const stroke = numberOf(node.strokeWidth) ?? 2;
  const content: ReactNode = hasChild ? (
    <StacChild node={node.child} path={`${path}.child`} />
  ) : (
    <svg width="100%" height="100%" preserveAspectRatio="none" viewBox="0 0 100 100" aria-hidden>
      <line
        x1="0"
        y1="0"
        x2="100"
        y2="100"
        stroke={color}
        strokeWidth={Math.min(stroke, 4)}
        vectorEffect="non-scaling-stroke"
      />
      <line
        x1="100"
        y1="0"
        x2="0"
        y2="100"
        stroke={color}
        strokeWidth={Math.min(stroke, 4)}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
  return (
    <div
      className="stac-placeholder"
      role="img"
      aria-label="Placeholder"
      style={{
        ...FILL_GRID,
        boxSizing: 'border-box',
        border: `${Math.min(stroke, 4)}px solid ${color}`,
        // Flutter uses the fallback size only where the parent leaves a side unbounded: on the web the
        // width is bounded by the page, the height is not.
        width: '100%',
        height: hasChild ? undefined : `${numberOf(node.fallbackHeight) ?? 400}px`,
      }}
    >
      {content}
    </div>
  );
}
