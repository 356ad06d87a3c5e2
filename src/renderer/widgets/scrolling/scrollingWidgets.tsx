/**
 * Scrolling family: single-child scroll views, lists with separators, grids, custom scroll views with
 * slivers, page views and carousels (CSS scroll snapping), refresh indicators and tables.
 */
import { Fragment, useRef, useState, type CSSProperties, type ReactNode, type UIEvent } from 'react';
import type { StacWidgetProps } from '../../contract';
import { StacChild, useStacDispatch } from '../../widgetApi';
import {
  booleanOf,
  borderRadiusToCss,
  boxDecorationToCss,
  colorToCss,
  edgeInsetsToCss,
  lengthToCss,
  numberOf,
  roleColor,
  stringOf,
} from '../../values';
import { useGeneratedItems } from '../generatedItems';
import { useIdeographicBaselines } from './useIdeographicBaselines';
import { clips, eventScope, isRecord, listOf, widgetOf } from '../widgetProps';

function isHorizontal(value: unknown, fallback: 'vertical' | 'horizontal'): boolean {
  return (value ?? fallback) === 'horizontal';
}

/** The list's items: the widgets in `children`, or the items a dynamicView generated from `itemTemplate`. */
function useListItems(node: StacWidgetProps['node'], path: string): ReactNode[] {
  const generated = useGeneratedItems(path, node.itemTemplate);
  if (generated) return generated;
  return listOf(node.children).map((child, index) => (
    <StacChild key={index} node={child} path={`${path}.children[${index}]`} />
  ));
}

function scrollStyle(node: StacWidgetProps['node'], horizontal: boolean): CSSProperties {
  const shrinkWrap = booleanOf(node.shrinkWrap, false);
  const neverScrolls = node.physics === 'never' || node.physics === 'neverScrollableScrollPhysics';
  return {
    display: 'flex',
    flexDirection: horizontal
      ? booleanOf(node.reverse, false)
        ? 'row-reverse'
        : 'row'
      : booleanOf(node.reverse, false)
        ? 'column-reverse'
        : 'column',
    boxSizing: 'border-box',
    minWidth: 0,
    minHeight: 0,
    // A scroll view fills the space its parent offers along its axis, as Flutter's viewports do.
    flex: shrinkWrap ? undefined : '1 1 auto',
    overflowX: horizontal && !neverScrolls ? 'auto' : clips(node.clipBehavior, 'clip') ? 'hidden' : undefined,
    overflowY:
      !horizontal && !neverScrolls ? 'auto' : clips(node.clipBehavior, 'clip') ? 'hidden' : undefined,
    padding: edgeInsetsToCss(node.padding),
    overscrollBehavior: 'contain',
  };
}

export function SingleChildScrollViewWidget({ node, path }: StacWidgetProps) {
  const horizontal = isHorizontal(node.scrollDirection, 'vertical');
  return (
    <div className="stac-singleChildScrollView" style={scrollStyle(node, horizontal)}>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flex: horizontal ? '0 0 auto' : undefined,
          minWidth: horizontal ? 'max-content' : undefined,
        }}
      >
        <StacChild node={node.child} path={`${path}.child`} />
      </div>
    </div>
  );
}

export function ListViewWidget({ node, path }: StacWidgetProps) {
  const horizontal = isHorizontal(node.scrollDirection, 'vertical');
  const items = useListItems(node, path);
  const separator = widgetOf(node.separator ?? node.separatorBuilder);
  const itemExtent = lengthToCss(node.itemExtent);
  return (
    <div className="stac-listView" role="list" style={scrollStyle(node, horizontal)}>
      {items.map((item, index) => (
        <Fragment key={index}>
          <div
            role="listitem"
            className={horizontal ? undefined : 'stac-list-item'}
            style={{
              display: 'flex',
              flexDirection: 'column',
              flex: '0 0 auto',
              [horizontal ? 'width' : 'height']: itemExtent,
            }}
          >
            {item}
          </div>
          {separator && index < items.length - 1 ? (
            <div aria-hidden style={{ flex: '0 0 auto', display: 'flex', flexDirection: 'column' }}>
              <StacChild node={separator} path={`${path}.separator`} />
            </div>
          ) : null}
        </Fragment>
      ))}
    </div>
  );
}

export function GridViewWidget({ node, path }: StacWidgetProps) {
  const horizontal = isHorizontal(node.scrollDirection, 'vertical');
  const items = useListItems(node, path);
  const count = Math.max(1, Math.trunc(numberOf(node.crossAxisCount) ?? 2));
  const maxExtent = numberOf(node.maxCrossAxisExtent);
  const mainExtent = numberOf(node.mainAxisExtent);
  const ratio = numberOf(node.childAspectRatio) ?? 1;
  const tracks = maxExtent
    ? `repeat(auto-fill, minmax(min(${maxExtent}px, 100%), 1fr))`
    : `repeat(${count}, minmax(0, 1fr))`;
  const style: CSSProperties = {
    ...scrollStyle(node, horizontal),
    display: 'grid',
    [horizontal ? 'gridTemplateRows' : 'gridTemplateColumns']: tracks,
    gridAutoFlow: horizontal ? 'column' : 'row',
    [horizontal ? 'gridAutoColumns' : 'gridAutoRows']: mainExtent ? `${mainExtent}px` : undefined,
    columnGap: `${numberOf(horizontal ? node.mainAxisSpacing : node.crossAxisSpacing) ?? 0}px`,
    rowGap: `${numberOf(horizontal ? node.crossAxisSpacing : node.mainAxisSpacing) ?? 0}px`,
    alignContent: 'start',
  };
  return (
    <div className="stac-gridView" role="list" style={style}>
      {items.map((item, index) => (
        <div
          key={index}
          role="listitem"
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(0, 1fr)',
            gridTemplateRows: 'minmax(0, 1fr)',
            aspectRatio: mainExtent ? undefined : String(horizontal ? 1 / ratio : ratio),
            minWidth: 0,
            overflow: 'hidden',
          }}
        >
          {item}
        </div>
      ))}
    </div>
  );
}

export function CustomScrollViewWidget({ node, path }: StacWidgetProps) {
  const horizontal = isHorizontal(node.scrollDirection, 'vertical');
  return (
    <div className="stac-customScrollView" style={scrollStyle(node, horizontal)}>
      {listOf(node.slivers).map((sliver, index) => (
        <StacChild key={index} node={sliver} path={`${path}.slivers[${index}]`} />
      ))}
    </div>
  );
}

function usePageTracking(node: StacWidgetProps['node'], path: string, count: number, horizontal: boolean) {
  const dispatch = useStacDispatch();
  const [page, setPage] = useState(() => Math.max(0, Math.trunc(numberOf(node.initialPage) ?? 0)));
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onScroll = (event: UIEvent<HTMLElement>) => {
    const element = event.currentTarget;
    if (settle.current) clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      const size = horizontal ? element.clientWidth : element.clientHeight;
      const offset = horizontal ? Math.abs(element.scrollLeft) : element.scrollTop;
      if (size <= 0) return;
      const next = Math.max(0, Math.min(count - 1, Math.round(offset / size)));
      if (next !== page) {
        setPage(next);
        dispatch(node.onPageChanged, `${path}.onPageChanged`, eventScope(next));
      }
    }, 120);
  };
  return { page, setPage, onScroll };
}

export function PageViewWidget({ node, path }: StacWidgetProps) {
  const horizontal = isHorizontal(node.scrollDirection, 'horizontal');
  const pages = listOf(node.children);
  const fraction = numberOf(node.viewportFraction) ?? 1;
  const snapping = booleanOf(node.pageSnapping, true);
  const tracking = usePageTracking(node, path, pages.length, horizontal);
  const initialScroll = useRef(false);
  return (
    <div
      role="region"
      aria-roledescription="carousel"
      aria-label={stringOf(node.semanticLabel) ?? 'Pages'}
      tabIndex={0}
      className="stac-pageView stac-focus"
      onScroll={tracking.onScroll}
      ref={(element) => {
        if (!element || initialScroll.current || tracking.page === 0) return;
        initialScroll.current = true;
        const size = horizontal ? element.clientWidth : element.clientHeight;
        if (horizontal) element.scrollLeft = size * tracking.page;
        else element.scrollTop = size * tracking.page;
      }}
      style={{
        display: 'flex',
        flexDirection: horizontal ? 'row' : 'column',
        flex: '1 1 auto',
        minHeight: horizontal ? undefined : 0,
        overflowX: horizontal ? 'auto' : 'hidden',
        overflowY: horizontal ? 'hidden' : 'auto',
        scrollSnapType: snapping ? `${horizontal ? 'x' : 'y'} mandatory` : undefined,
        overscrollBehavior: 'contain',
        direction: booleanOf(node.reverse, false) && horizontal ? 'rtl' : undefined,
      }}
    >
      {pages.map((page, index) => (
        <div
          key={index}
          role="group"
          aria-roledescription="slide"
          aria-label={`${index + 1} of ${pages.length}`}
          style={{
            flex: `0 0 ${fraction * 100}%`,
            display: 'grid',
            gridTemplateColumns: 'minmax(0, 1fr)',
            scrollSnapAlign: 'center',
            minWidth: 0,
            direction: 'ltr',
          }}
        >
          <StacChild node={page} path={`${path}.children[${index}]`} />
        </div>
      ))}
    </div>
  );
}

export function CarouselViewWidget({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  const horizontal = isHorizontal(node.scrollDirection, 'horizontal');
  const items = listOf(node.children);
  const extent = numberOf(node.itemExtent);
  const weights = listOf(node.flexWeights).map((weight) => numberOf(weight) ?? 1);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const tappable = node.onTap !== undefined && node.onTap !== null;
  const itemSize = (index: number): string => {
    if (weights.length > 0 && totalWeight > 0) {
      // Weighted carousels show `flexWeights.length` items at once, sized by weight.
      return `${(weights[index % weights.length] / totalWeight) * 100}%`;
    }
    return extent ? `${extent}px` : '85%';
  };
  return (
    <div
      role="region"
      aria-roledescription="carousel"
      aria-label={stringOf(node.semanticLabel) ?? 'Carousel'}
      tabIndex={0}
      className="stac-carouselView stac-focus"
      style={{
        display: 'flex',
        flexDirection: horizontal ? 'row' : 'column',
        overflowX: horizontal ? 'auto' : 'hidden',
        overflowY: horizontal ? 'hidden' : 'auto',
        scrollSnapType: booleanOf(node.itemSnapping, false)
          ? `${horizontal ? 'x' : 'y'} mandatory`
          : undefined,
        direction: booleanOf(node.reverse, false) ? 'rtl' : undefined,
      }}
    >
      {items.map((item, index) => {
        const style: CSSProperties = {
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr)',
          minWidth: 0,
          borderRadius: '28px',
          overflow: 'hidden',
          backgroundColor: colorToCss(node.backgroundColor) ?? roleColor('surfaceContainerHighest'),
          direction: 'ltr',
          padding: 0,
          border: 'none',
          font: 'inherit',
          color: 'inherit',
          textAlign: 'inherit',
          cursor: tappable ? 'pointer' : undefined,
        };
        const content = <StacChild node={item} path={`${path}.children[${index}]`} />;
        // Each item takes its extent (or weight) along the axis; `padding` (Material's default 4 px on every
        // side) surrounds the item's card inside that extent, as CarouselView lays items out.
        const slot: CSSProperties = {
          flex: `0 0 ${itemSize(index)}`,
          display: 'grid',
          boxSizing: 'border-box',
          padding: edgeInsetsToCss(node.padding) ?? '4px',
          scrollSnapAlign: 'start',
        };
        const card = tappable ? (
          <button
            type="button"
            className="stac-state stac-focus"
            aria-label={`Item ${index + 1} of ${items.length}`}
            style={style}
            onClick={() => dispatch(node.onTap, `${path}.onTap`, eventScope(index))}
          >
            {content}
          </button>
        ) : (
          <div
            role="group"
            aria-roledescription="slide"
            aria-label={`${index + 1} of ${items.length}`}
            style={style}
          >
            {content}
          </div>
        );
        return (
          <div key={index} style={slot}>
            {card}
          </div>
        );
      })}
    </div>
  );
}

export function RefreshIndicatorWidget({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  const [refreshing, setRefreshing] = useState(false);
  const start = useRef<number | null>(null);
  const displacement = numberOf(node.displacement) ?? 40;
  const refresh = () => {
    setRefreshing(true);
    dispatch(node.onRefresh, `${path}.onRefresh`);
    // Actions report completion to the host, not to widgets: show the spinner briefly like Flutter does.
    setTimeout(() => setRefreshing(false), 800);
  };
  return (
    <div
      className="stac-refreshIndicator"
      style={{
        position: 'relative',
        display: 'flex',
        flexDirection: 'column',
        flex: '1 1 auto',
        minHeight: 0,
      }}
      onPointerDown={(event) => {
        // The child's root comes last, after the hidden button and the spinner.
        const scroller = event.currentTarget.lastElementChild as HTMLElement | null;
        start.current = (scroller?.scrollTop ?? 0) <= 0 ? event.clientY : null;
      }}
      onPointerUp={(event) => {
        if (start.current !== null && event.clientY - start.current > displacement * 2) refresh();
        start.current = null;
      }}
    >
      <button type="button" className="stac-visually-hidden stac-focus" onClick={refresh}>
        {stringOf(node.semanticsLabel) ?? 'Refresh'}
      </button>
      {refreshing ? (
        <span
          role="progressbar"
          aria-label={stringOf(node.semanticsLabel) ?? 'Refreshing'}
          style={{
            position: 'absolute',
            top: `${displacement + (numberOf(node.edgeOffset) ?? 0) - 20}px`,
            left: '50%',
            transform: 'translateX(-50%)',
            zIndex: 3,
            width: '40px',
            height: '40px',
            borderRadius: '50%',
            backgroundColor: colorToCss(node.backgroundColor) ?? roleColor('surfaceContainerHigh'),
            boxShadow: '0 1px 3px rgba(0, 0, 0, 0.3)',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          <svg
            viewBox="0 0 24 24"
            width="24"
            height="24"
            aria-hidden
            style={{ animation: 'stac-spin 1s linear infinite' }}
          >
            <circle
              cx="12"
              cy="12"
              r="9"
              fill="none"
              stroke={colorToCss(node.color) ?? roleColor('primary')}
              strokeWidth={numberOf(node.strokeWidth) ?? 2.5}
              strokeDasharray="42 100"
            />
          </svg>
        </span>
      ) : null}
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

const VERTICAL_ALIGN: Record<string, CSSProperties['verticalAlign']> = {
  top: 'top',
  middle: 'middle',
  bottom: 'bottom',
  baseline: 'baseline',
  fill: 'top',
};

function columnWidthToCss(value: unknown, totalFlex: number): string | undefined {
  if (!isRecord(value)) return undefined;
  const amount = numberOf(value.value) ?? 1;
  switch (value.type) {
    case 'fixedColumnWidth':
      return `${amount}px`;
    case 'fractionColumnWidth':
      return `${amount * 100}%`;
    case 'flexColumnWidth':
      return totalFlex > 0 ? `${(amount / totalFlex) * 100}%` : undefined;
    default:
      return undefined;
  }
}

const EQUAL_SHARE = { type: 'flexColumnWidth', value: 1 };

export function TableWidget({ node, path }: StacWidgetProps) {
  const rows = listOf(node.children).filter(isRecord);
  const columnCount = rows.reduce((max, row) => Math.max(max, listOf(row.children).length), 0);
  const widths = isRecord(node.columnWidths) ? node.columnWidths : {};
  // Flutter's Table gives every column without a width FlexColumnWidth(1): equal shares of the width.
  const columnSpec = (index: number) => widths[String(index)] ?? node.defaultColumnWidth ?? EQUAL_SHARE;
  const totalFlex = Array.from({ length: columnCount }, (_, index) => columnSpec(index))
    .filter((spec) => isRecord(spec) && spec.type === 'flexColumnWidth')
    .reduce((sum: number, spec) => sum + (numberOf((spec as Record<string, unknown>).value) ?? 1), 0);
  const border = isRecord(node.border) ? node.border : null;
  const borderCss = border
    ? `${numberOf(border.width) ?? 1}px solid ${colorToCss(border.color) ?? 'rgb(0, 0, 0)'}`
    : undefined;
  const defaultAlign =
    typeof node.defaultVerticalAlignment === 'string' ? node.defaultVerticalAlignment : 'top';
  const ideographic = node.textBaseline === 'ideographic';
  const tableRef = useRef<HTMLTableElement>(null);
  const cellAlignOf = (cell: unknown): string =>
    isRecord(cell) && cell.type === 'tableCell' && typeof cell.verticalAlignment === 'string'
      ? cell.verticalAlignment
      : defaultAlign;
  useIdeographicBaselines(
    tableRef,
    ideographic && rows.some((row) => listOf(row.children).some((cell) => cellAlignOf(cell) === 'baseline')),
  );
  // Collapsed borders cannot be rounded: a TableBorder with a radius draws the outer border on the table
  // and only the inside lines on the cells.
  const radius = border ? borderRadiusToCss(border.borderRadius) : undefined;
  const cellBorder = (rowIndex: number, cellIndex: number, cellCount: number): CSSProperties =>
    radius === undefined
      ? { border: borderCss }
      : {
          borderRight: cellIndex < cellCount - 1 ? borderCss : undefined,
          borderBottom: rowIndex < rows.length - 1 ? borderCss : undefined,
        };
  return (
    <table
      ref={tableRef}
      className="stac-table"
      style={{
        borderCollapse: radius === undefined ? 'collapse' : 'separate',
        borderSpacing: radius === undefined ? undefined : 0,
        borderRadius: radius,
        overflow: radius === undefined ? undefined : 'hidden',
        width: '100%',
        tableLayout: totalFlex > 0 ? 'fixed' : 'auto',
        border: borderCss,
        direction: node.textDirection === 'rtl' ? 'rtl' : undefined,
      }}
    >
      <colgroup>
        {Array.from({ length: columnCount }, (_, index) => (
          <col key={index} style={{ width: columnWidthToCss(columnSpec(index), totalFlex) }} />
        ))}
      </colgroup>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} style={boxDecorationToCss(row.decoration)}>
            {listOf(row.children).map((cell, cellIndex, cells) => {
              const cellAlign = cellAlignOf(cell);
              // An ideographic baseline cell is placed by useIdeographicBaselines from the top.
              const measured = ideographic && cellAlign === 'baseline';
              return (
                <td
                  key={cellIndex}
                  data-stac-baseline={measured ? 'ideographic' : undefined}
                  style={{
                    padding: 0,
                    ...cellBorder(rowIndex, cellIndex, cells.length),
                    verticalAlign: measured ? 'top' : (VERTICAL_ALIGN[cellAlign] ?? 'top'),
                    height: cellAlign === 'fill' ? '100%' : undefined,
                  }}
                >
                  <StacChild node={cell} path={`${path}.children[${rowIndex}].children[${cellIndex}]`} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TableCellWidget({ node, path }: StacWidgetProps) {
  return (
    <div
      className="stac-tableCell"
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr)',
        height: node.verticalAlignment === 'fill' ? '100%' : undefined,
      }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}
