/**
 * Navigation family: scaffold (app bar, body, FAB, drawers, bottom bar), appBar, sliverAppBar, tabs
 * (defaultTabController + tabBar + tabBarView share one selected index) and bottom navigation
 * (defaultBottomNavigationController + bottomNavigationBar + bottomNavigationView).
 */
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { StacWidgetProps } from '../../contract';
import { StacChild, StacChildren } from '../../widgetApi';
import { MaterialIcon } from '../../icons';
import {
  booleanOf,
  colorToCss,
  edgeInsetsToCss,
  elevationToShadow,
  tintedSurface,
  numberOf,
  roleColor,
  stringOf,
  textStyleToCss,
  themeTextStyleToCss,
} from '../../values';
import { isRecord, listOf, widgetOf } from '../widgetProps';
import { IconThemeContext } from '../iconTheme';
import { FlexParentContext, type FlexParent } from '../flexParent';

// ---------------------------------------------------------------------------------------------- scaffold

interface ScaffoldState {
  hasDrawer: boolean;
  hasEndDrawer: boolean;
  openDrawer(side: 'start' | 'end'): void;
}

const ScaffoldContext = createContext<ScaffoldState | null>(null);

const FAB_PLACEMENT: Record<string, CSSProperties> = {
  endFloat: { right: '16px', bottom: '16px' },
  centerFloat: { left: '50%', bottom: '16px', transform: 'translateX(-50%)' },
  startFloat: { left: '16px', bottom: '16px' },
  endDocked: { right: '16px', bottom: '-28px' },
  centerDocked: { left: '50%', bottom: '-28px', transform: 'translateX(-50%)' },
  startDocked: { left: '16px', bottom: '-28px' },
  endTop: { right: '16px', top: '-28px' },
  startTop: { left: '16px', top: '-28px' },
  centerTop: { left: '50%', top: '-28px', transform: 'translateX(-50%)' },
};

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function Drawer({
  side,
  node,
  path,
  onClose,
  scrim,
}: {
  side: 'start' | 'end';
  node: unknown;
  path: string;
  onClose(): void;
  scrim: string | undefined;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    panel.current?.focus();
    return () => {
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);
  return (
    <>
      <div
        aria-hidden
        onClick={onClose}
        style={{
          position: 'absolute',
          inset: 0,
          zIndex: 20,
          backgroundColor: scrim ?? roleColor('scrim', 0.32),
        }}
      />
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-label={side === 'start' ? 'Navigation drawer' : 'End drawer'}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
            return;
          }
          // A modal drawer keeps Tab inside itself until it is closed.
          if (event.key !== 'Tab' || !panel.current) return;
          const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
          if (focusable.length === 0) {
            event.preventDefault();
            return;
          }
          const first = focusable[0];
          const last = focusable[focusable.length - 1];
          const active = document.activeElement;
          if (event.shiftKey && (active === first || active === panel.current)) {
            event.preventDefault();
            last.focus();
          } else if (!event.shiftKey && active === last) {
            event.preventDefault();
            first.focus();
          }
        }}
        style={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          [side === 'start' ? 'left' : 'right']: 0,
          zIndex: 21,
          width: '360px',
          maxWidth: '85%',
          overflowY: 'auto',
          boxSizing: 'border-box',
          backgroundColor: roleColor('surfaceContainerLow'),
          color: roleColor('onSurface'),
          borderRadius: side === 'start' ? '0 16px 16px 0' : '16px 0 0 16px',
          outline: 'none',
        }}
      >
        <StacChild node={node} path={path} />
      </div>
    </>
  );
}

export function ScaffoldWidget({ node, path }: StacWidgetProps) {
  const [openDrawer, setOpenDrawer] = useState<'start' | 'end' | null>(null);
  const hasDrawer = node.drawer !== undefined && node.drawer !== null;
  const hasEndDrawer = node.endDrawer !== undefined && node.endDrawer !== null;
  const bodyPath = `${path}.body`;
  // The body gets the screen's height: a column body with mainAxisSize.max fills it.
  const bodyParent = useMemo<FlexParent>(
    () => ({ axis: 'column', bounded: true, isChild: (childPath) => childPath === bodyPath }),
    [bodyPath],
  );
  const state = useMemo<ScaffoldState>(
    () => ({ hasDrawer, hasEndDrawer, openDrawer: setOpenDrawer }),
    [hasDrawer, hasEndDrawer],
  );
  const location =
    typeof node.floatingActionButtonLocation === 'string' ? node.floatingActionButtonLocation : 'endFloat';
  const footer = listOf(node.persistentFooterButtons);
  const scrim = colorToCss(node.drawerScrimColor);
  return (
    <div
      className="stac-scaffold"
      style={{
        position: 'relative',
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        minHeight: '100%',
        boxSizing: 'border-box',
        overflow: openDrawer ? 'hidden' : undefined,
        backgroundColor: colorToCss(node.backgroundColor) ?? roleColor('surface'),
        color: roleColor('onSurface'),
        ...themeTextStyleToCss('bodyMedium'),
      }}
    >
      <ScaffoldContext.Provider value={state}>
        <StacChild node={node.appBar} path={`${path}.appBar`} />
        <div
          style={{
            position: 'relative',
            flex: '1 1 auto',
            display: 'flex',
            flexDirection: 'column',
            minHeight: 0,
          }}
        >
          <main style={{ flex: '1 1 auto', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
            <FlexParentContext.Provider value={bodyParent}>
              <StacChild node={node.body} path={bodyPath} />
            </FlexParentContext.Provider>
          </main>
          {node.floatingActionButton ? (
            <div
              style={{
                position: 'absolute',
                zIndex: 2,
                ...(FAB_PLACEMENT[location] ?? FAB_PLACEMENT.endFloat),
              }}
            >
              <StacChild node={node.floatingActionButton} path={`${path}.floatingActionButton`} />
            </div>
          ) : null}
        </div>
        <StacChild node={node.bottomSheet} path={`${path}.bottomSheet`} />
        {footer.length > 0 ? (
          <footer
            style={{
              display: 'flex',
              justifyContent: 'flex-end',
              gap: '8px',
              padding: '8px',
              borderTop: `1px solid ${roleColor('outlineVariant')}`,
            }}
          >
            <StacChildren nodes={footer} path={`${path}.persistentFooterButtons`} />
          </footer>
        ) : null}
        <StacChild node={node.bottomNavigationBar} path={`${path}.bottomNavigationBar`} />
        {openDrawer === 'start' && hasDrawer ? (
          <Drawer
            side="start"
            node={node.drawer}
            path={`${path}.drawer`}
            onClose={() => setOpenDrawer(null)}
            scrim={scrim}
          />
        ) : null}
        {openDrawer === 'end' && hasEndDrawer ? (
          <Drawer
            side="end"
            node={node.endDrawer}
            path={`${path}.endDrawer`}
            onClose={() => setOpenDrawer(null)}
            scrim={scrim}
          />
        ) : null}
      </ScaffoldContext.Provider>
    </div>
  );
}

function DrawerButton({ side }: { side: 'start' | 'end' }) {
  const scaffold = useContext(ScaffoldContext);
  if (!scaffold) return null;
  return (
    <button
      type="button"
      className="stac-state stac-focus"
      aria-label={side === 'start' ? 'Open navigation menu' : 'Open end menu'}
      onClick={() => scaffold.openDrawer(side)}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: '40px',
        height: '40px',
        padding: 0,
        border: 'none',
        borderRadius: '50%',
        background: 'transparent',
        color: 'inherit',
        cursor: 'pointer',
      }}
    >
      <MaterialIcon name="menu" />
    </button>
  );
}

function Toolbar({
  node,
  path,
  type,
  height,
  extra,
}: StacWidgetProps & { type: string; height: number; extra?: CSSProperties }) {
  const scaffold = useContext(ScaffoldContext);
  const leading = widgetOf(node.leading);
  const actions = listOf(node.actions);
  const foreground = colorToCss(node.foregroundColor);
  const showDrawerButton = !leading && scaffold?.hasDrawer && node.automaticallyImplyLeading !== false;
  const showEndDrawerButton = actions.length === 0 && scaffold?.hasEndDrawer;
  const centerTitle = booleanOf(node.centerTitle, false);
  const elevation = numberOf(node.elevation) ?? 0;
  const titleSpacing = numberOf(node.titleSpacing) ?? 16;
  const opacity = numberOf(node.toolbarOpacity);
  return (
    <header
      className={`stac-${type}`}
      style={{
        display: 'flex',
        flexDirection: 'column',
        flexShrink: 0,
        boxSizing: 'border-box',
        backgroundColor: tintedSurface(
          colorToCss(node.backgroundColor) ?? roleColor('surface'),
          node.surfaceTintColor,
          elevation,
        ),
        color: foreground ?? roleColor('onSurface'),
        boxShadow: elevationToShadow(elevation),
        zIndex: 1,
        ...extra,
      }}
    >
      <div
        style={{
          position: 'relative',
          display: 'flex',
          alignItems: 'center',
          minHeight: `${height}px`,
          // NavigationToolbar: the leading slot at the start edge, the actions at the end edge.
          padding: 0,
          opacity,
          ...textStyleToCss(node.toolbarTextStyle),
        }}
      >
        {leading || showDrawerButton ? (
          // Flutter's leading slot is leadingWidth (default kToolbarHeight, 56 px) wide.
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              flex: `0 0 ${numberOf(node.leadingWidth) ?? 56}px`,
            }}
          >
            <IconThemeContext.Provider value={{ color: foreground ?? roleColor('onSurface') }}>
              {leading ? (
                <StacChild node={leading} path={`${path}.leading`} />
              ) : (
                <DrawerButton side="start" />
              )}
            </IconThemeContext.Provider>
          </div>
        ) : null}
        <div
          role="heading"
          aria-level={2}
          style={{
            flex: '1 1 auto',
            minWidth: 0,
            padding: `0 ${titleSpacing}px`,
            textAlign: centerTitle ? 'center' : 'start',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            ...themeTextStyleToCss('titleLarge'),
            ...textStyleToCss(node.titleTextStyle),
          }}
        >
          <StacChild node={node.title} path={`${path}.title`} />
        </div>
        {actions.length > 0 ? (
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              padding: edgeInsetsToCss(node.actionsPadding),
              color: foreground ?? roleColor('onSurfaceVariant'),
            }}
          >
            <IconThemeContext.Provider value={{ color: foreground ?? roleColor('onSurfaceVariant') }}>
              <StacChildren nodes={actions} path={`${path}.actions`} />
            </IconThemeContext.Provider>
          </div>
        ) : showEndDrawerButton ? (
          <DrawerButton side="end" />
        ) : null}
      </div>
      <StacChild node={node.bottom} path={`${path}.bottom`} />
    </header>
  );
}

export function AppBarWidget({ node, path }: StacWidgetProps) {
  return <Toolbar node={node} path={path} type="appBar" height={numberOf(node.toolbarHeight) ?? 64} />;
}

export function SliverAppBarWidget({ node, path }: StacWidgetProps) {
  const expanded = numberOf(node.expandedHeight);
  const pinned = booleanOf(node.pinned, true);
  const floating = booleanOf(node.floating, false);
  const flexibleSpace = widgetOf(node.flexibleSpace);
  const toolbar = (
    <Toolbar
      node={node}
      path={path}
      type="sliverAppBar"
      height={numberOf(node.toolbarHeight) ?? numberOf(node.collapsedHeight) ?? 64}
      extra={{
        position: pinned || floating ? 'sticky' : 'relative',
        top: 0,
        minHeight: expanded ? `${expanded}px` : undefined,
        justifyContent: 'flex-start',
        ...(flexibleSpace ? { backgroundColor: 'transparent' } : {}),
      }}
    />
  );
  if (!flexibleSpace) return toolbar;
  return (
    <div style={{ position: pinned ? 'sticky' : 'relative', top: 0, zIndex: 1, display: 'grid' }}>
      <div
        style={{
          gridArea: '1 / 1',
          display: 'grid',
          backgroundColor: colorToCss(node.backgroundColor) ?? roleColor('surface'),
        }}
      >
        <StacChild node={flexibleSpace} path={`${path}.flexibleSpace`} />
      </div>
      <div style={{ gridArea: '1 / 1' }}>{toolbar}</div>
    </div>
  );
}

// -------------------------------------------------------------------------------------------------- tabs

interface SelectionState {
  index: number;
  length: number;
  select(index: number): void;
  idBase: string;
}

const TabControllerContext = createContext<SelectionState | null>(null);
const BottomNavigationContext = createContext<SelectionState | null>(null);

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return 0;
  return Math.max(0, Math.min(Math.max(0, length - 1), Math.trunc(index)));
}

function useSelection(initial: unknown, lengthValue: unknown): SelectionState {
  const idBase = useId();
  const length = Math.max(0, Math.trunc(numberOf(lengthValue) ?? 0));
  const [index, setIndex] = useState(() => clampIndex(numberOf(initial), length || Number.MAX_SAFE_INTEGER));
  return useMemo(
    () => ({ index, length, select: (next: number) => setIndex(next), idBase }),
    [index, length, idBase],
  );
}

export function DefaultTabControllerWidget({ node, path }: StacWidgetProps) {
  const state = useSelection(node.initialIndex, node.length);
  return (
    <TabControllerContext.Provider value={state}>
      <StacChild node={node.child} path={`${path}.child`} />
    </TabControllerContext.Provider>
  );
}

function rovingKeys(event: KeyboardEvent, index: number, count: number, select: (i: number) => void) {
  let next = -1;
  if (event.key === 'ArrowRight') next = (index + 1) % count;
  else if (event.key === 'ArrowLeft') next = (index - 1 + count) % count;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = count - 1;
  if (next < 0) return;
  event.preventDefault();
  select(next);
  const list = (event.currentTarget as HTMLElement).closest('[role="tablist"]');
  const target = list?.querySelectorAll<HTMLElement>('[role="tab"]')[next];
  target?.focus();
}

export function TabBarWidget({ node, path }: StacWidgetProps) {
  const controller = useContext(TabControllerContext);
  const tabs = listOf(node.tabs);
  const local = useSelection(node.initialIndex, tabs.length);
  const state = controller ?? local;
  const indicator = colorToCss(node.indicatorColor) ?? roleColor('primary');
  const selectedColor = colorToCss(node.labelColor) ?? roleColor('primary');
  const unselectedColor = colorToCss(node.unselectedLabelColor) ?? roleColor('onSurfaceVariant');
  const weight = numberOf(node.indicatorWeight) ?? 3;
  const scrollable = booleanOf(node.isScrollable, false);
  // Material 3 primary tabs underline the label (TabBarIndicatorSize.label), with rounded top corners.
  const labelWide = node.indicatorSize !== 'tab';
  const indicatorBar = (
    <span
      aria-hidden
      data-stac-indicator=""
      style={{
        position: 'absolute',
        left: 0,
        right: 0,
        bottom: 0,
        height: `${weight}px`,
        borderRadius: `${weight}px ${weight}px 0 0`,
        backgroundColor: indicator,
      }}
    />
  );
  return (
    <div
      className="stac-tabBar"
      role="tablist"
      style={{
        display: 'flex',
        // A fixed TabBar is a row of Expanded tabs: as wide as it may be, even in a centring column.
        width: scrollable ? undefined : '100%',
        boxSizing: 'border-box',
        overflowX: scrollable ? 'auto' : undefined,
        padding: edgeInsetsToCss(node.padding),
        borderBottom: `${numberOf(node.dividerHeight) ?? 1}px solid ${colorToCss(node.dividerColor) ?? roleColor('surfaceContainerHighest')}`,
      }}
    >
      {tabs.map((tab, index) => {
        const selected = index === state.index;
        return (
          <button
            key={index}
            type="button"
            role="tab"
            id={`${state.idBase}-tab-${index}`}
            aria-selected={selected}
            aria-controls={controller ? `${state.idBase}-panel-${index}` : undefined}
            tabIndex={selected ? 0 : -1}
            className="stac-state stac-focus"
            onClick={() => state.select(index)}
            onKeyDown={(event) => rovingKeys(event, index, tabs.length, state.select)}
            style={{
              // The tab-sized indicator is positioned against the tab (a control at rest is not positioned).
              position: 'relative',
              flex: scrollable ? '0 0 auto' : '1 1 0px',
              display: 'flex',
              justifyContent: 'center',
              alignItems: 'stretch',
              minHeight: '48px',
              padding: edgeInsetsToCss(node.labelPadding) ?? '0 16px',
              border: 'none',
              background: 'transparent',
              color: selected ? selectedColor : unselectedColor,
              cursor: 'pointer',
              fontFamily: 'inherit',
              ...themeTextStyleToCss('titleSmall'),
              ...textStyleToCss(selected ? node.labelStyle : (node.unselectedLabelStyle ?? node.labelStyle)),
            }}
          >
            <span
              style={{
                position: 'relative',
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                justifyContent: 'center',
                gap: '2px',
              }}
            >
              <StacChild node={tab} path={`${path}.tabs[${index}]`} />
              {selected && labelWide ? indicatorBar : null}
            </span>
            {selected && !labelWide ? indicatorBar : null}
          </button>
        );
      })}
    </div>
  );
}

export function TabWidget({ node, path }: StacWidgetProps) {
  const height = numberOf(node.height);
  return (
    <span
      className="stac-tab"
      style={{
        display: 'inline-flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: '2px',
        minHeight: height ? `${height}px` : undefined,
      }}
    >
      {node.icon ? (
        <span style={{ display: 'inline-flex', margin: edgeInsetsToCss(node.iconMargin) }}>
          <StacChild node={node.icon} path={`${path}.icon`} />
        </span>
      ) : null}
      {stringOf(node.text) ? <span>{stringOf(node.text)}</span> : null}
      <StacChild node={node.child} path={`${path}.child`} />
    </span>
  );
}

function SelectedChild({
  pages,
  state,
  path,
  type,
  panels,
}: {
  pages: unknown[];
  state: SelectionState | null;
  path: string;
  type: string;
  panels: boolean;
}) {
  const index = clampIndex(state?.index, pages.length);
  const child = pages[index];
  const content: ReactNode = <StacChild node={child} path={`${path}.children[${index}]`} />;
  return (
    <div
      className={`stac-${type}`}
      role={panels ? 'tabpanel' : undefined}
      id={panels && state ? `${state.idBase}-panel-${index}` : undefined}
      aria-labelledby={panels && state ? `${state.idBase}-tab-${index}` : undefined}
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr)',
        gridTemplateRows: 'minmax(0, 1fr)',
        flex: '1 1 auto',
        minHeight: 0,
      }}
    >
      {/* Keyed by index so each page keeps nothing of the previous one, like Flutter's lazy pages. */}
      <div
        key={index}
        style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gridTemplateRows: 'minmax(0, 1fr)' }}
      >
        {content}
      </div>
    </div>
  );
}

export function TabBarViewWidget({ node, path }: StacWidgetProps) {
  const controller = useContext(TabControllerContext);
  const children = listOf(node.children);
  const fallback = useSelection(node.initialIndex, children.length);
  return (
    <SelectedChild
      pages={children}
      state={controller ?? fallback}
      path={path}
      type="tabBarView"
      panels={controller !== null}
    />
  );
}

// -------------------------------------------------------------------------------------- bottom navigation

export function DefaultBottomNavigationControllerWidget({ node, path }: StacWidgetProps) {
  const state = useSelection(node.initialIndex, node.length);
  return (
    <BottomNavigationContext.Provider value={state}>
      <StacChild node={node.child} path={`${path}.child`} />
    </BottomNavigationContext.Provider>
  );
}

export function BottomNavigationBarWidget({ node, path }: StacWidgetProps) {
  const controller = useContext(BottomNavigationContext);
  const items = listOf(node.items).filter(isRecord);
  const local = useSelection(node.currentIndex, items.length);
  const state = controller ?? local;
  // BottomNavigationBar (not Material 3's NavigationBar): the selected item in primary (secondary when
  // dark), unselected items in ThemeData.unselectedWidgetColor (black54 light, white70 dark), the bar on
  // the canvas colour (surface) at elevation 8.
  const selectedColor =
    colorToCss(node.selectedItemColor) ??
    colorToCss(node.fixedColor) ??
    `light-dark(${roleColor('primary')}, ${roleColor('secondary')})`;
  const unselectedColor =
    colorToCss(node.unselectedItemColor) ?? 'light-dark(rgba(0, 0, 0, 0.54), rgba(255, 255, 255, 0.7))';
  const iconSize = numberOf(node.iconSize) ?? 24;
  const showSelected = booleanOf(node.showSelectedLabels, true);
  const selectedFontSize = numberOf(node.selectedFontSize) ?? 14;
  const showUnselected = booleanOf(node.showUnselectedLabels, node.bottomNavigationBarType !== 'shifting');
  return (
    <nav
      className="stac-bottomNavigationBar"
      aria-label="Bottom navigation"
      style={{
        display: 'flex',
        flexShrink: 0,
        minHeight: '56px',
        backgroundColor: colorToCss(node.backgroundColor) ?? roleColor('surface'),
        boxShadow: elevationToShadow(numberOf(node.elevation) ?? 8),
      }}
    >
      {items.map((item, index) => {
        const selected = index === state.index;
        const label = stringOf(item.label) ?? '';
        const showLabel = selected ? showSelected : showUnselected;
        const iconKey = selected && item.activeIcon ? 'activeIcon' : 'icon';
        return (
          <button
            key={index}
            type="button"
            aria-current={selected ? 'page' : undefined}
            aria-label={showLabel ? undefined : label}
            title={stringOf(item.tooltip)}
            className="stac-state stac-focus"
            onClick={() => state.select(index)}
            style={{
              flex: '1 1 0px',
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              // Flutter's tile: half the selected font size above the icon and below the label, whose line
              // box is sized by the selected font (an unselected label is the same box, scaled), so
              // the bar keeps kBottomNavigationBarHeight (56 px).
              gap: 0,
              padding: `${selectedFontSize / 2}px 0`,
              border: 'none',
              background: colorToCss(item.backgroundColor) ?? 'transparent',
              color: selected ? selectedColor : unselectedColor,
              cursor: 'pointer',
              fontFamily: 'inherit',
              fontSize: `${iconSize}px`,
            }}
          >
            <IconThemeContext.Provider value={{ size: iconSize }}>
              <StacChild node={item[iconKey]} path={`${path}.items[${index}].${iconKey}`} />
            </IconThemeContext.Provider>
            {showLabel ? (
              <span
                style={{
                  fontSize: `${selected ? selectedFontSize : (numberOf(node.unselectedFontSize) ?? 12)}px`,
                  lineHeight: `${selectedFontSize * 1.15}px`,
                  ...textStyleToCss(selected ? node.selectedLabelStyle : node.unselectedLabelStyle),
                }}
              >
                {label}
              </span>
            ) : null}
          </button>
        );
      })}
    </nav>
  );
}

export function BottomNavigationViewWidget({ node, path }: StacWidgetProps) {
  const controller = useContext(BottomNavigationContext);
  return (
    <SelectedChild
      pages={listOf(node.children)}
      state={controller}
      path={path}
      type="bottomNavigationView"
      panels={false}
    />
  );
}
