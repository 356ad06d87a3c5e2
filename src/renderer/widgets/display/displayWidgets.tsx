/**
 * Material surfaces family: card, chip, listTile, divider, progress indicators and alertDialog (as
 * static dialog markup; the showDialog action owns modality).
 */
import { useId, type CSSProperties } from 'react';
import type { StacWidgetProps } from '../../contract';
import { StacChild, StacChildren } from '../../widgetApi';
import {
  booleanOf,
  borderRadiusToCss,
  borderSideToCss,
  colorToCss,
  edgeInsetsToCss,
  elevationToShadow,
  mainAxisAlignmentToCss,
  numberOf,
  roleColor,
  shapeToCss,
  stringOf,
  textStyleToCss,
  themeTextStyleToCss,
  tintedSurface,
} from '../../values';
import { ControlLabelContext } from '../controlLabel';
import { usePressHandlers } from '../usePressHandlers';
import { clips, listOf } from '../widgetProps';

export function CardWidget({ node, path }: StacWidgetProps) {
  const elevation = numberOf(node.elevation) ?? 1;
  // display, grid columns, box-sizing and the default 12px radius come from `.stac-card`.
  const style: CSSProperties = {
    margin: edgeInsetsToCss(node.margin) ?? '4px',
    backgroundColor: tintedSurface(
      colorToCss(node.color) ?? roleColor('surfaceContainerLow'),
      node.surfaceTintColor,
      elevation,
    ),
    color: roleColor('onSurface'),
    boxShadow: elevationToShadow(elevation),
    overflow: clips(node.clipBehavior, 'none') ? 'hidden' : undefined,
    ...shapeToCss(node.shape),
  };
  return (
    <div className="stac-card" style={style}>
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function ChipWidget({ node, path }: StacWidgetProps) {
  const deletable = node.onDeleted !== undefined && node.onDeleted !== null;
  const press = usePressHandlers({ onTap: node.onDeleted }, path, {
    onTap: 'onDeleted',
    onLongPress: 'onLongPress',
    onDoubleTap: 'onDoubleTap',
    onSecondaryTap: 'onSecondaryTap',
    onHover: 'onHover',
    onFocusChange: 'onFocusChange',
  });
  const side = borderSideToCss(node.side);
  const style: CSSProperties = {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '8px',
    boxSizing: 'border-box',
    minHeight: '32px',
    padding: edgeInsetsToCss(node.padding) ?? '0 8px',
    border: side ?? `1px solid ${roleColor('outlineVariant')}`,
    borderRadius: '8px',
    backgroundColor: tintedSurface(
      colorToCss(node.backgroundColor ?? node.color) ?? 'transparent',
      node.surfaceTintColor,
      numberOf(node.elevation) ?? 0,
    ),
    color: roleColor('onSurfaceVariant'),
    boxShadow: elevationToShadow(numberOf(node.elevation)),
    flexShrink: 0,
    ...themeTextStyleToCss('labelLarge'),
    ...shapeToCss(node.shape),
  };
  return (
    <span className="stac-chip" style={style}>
      <StacChild node={node.avatar} path={`${path}.avatar`} />
      <span
        style={{ padding: edgeInsetsToCss(node.labelPadding) ?? '0 4px', ...textStyleToCss(node.labelStyle) }}
      >
        <StacChild node={node.label} path={`${path}.label`} />
      </span>
      {deletable ? (
        <button
          type="button"
          className="stac-state stac-focus"
          aria-label={stringOf(node.deleteButtonTooltipMessage) ?? 'Delete'}
          title={stringOf(node.deleteButtonTooltipMessage)}
          style={{
            display: 'inline-flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: '18px',
            height: '18px',
            padding: 0,
            border: 'none',
            borderRadius: '50%',
            background: 'transparent',
            color: colorToCss(node.deleteIconColor) ?? 'inherit',
            cursor: 'pointer',
          }}
          {...press.handlers}
        >
          {node.deleteIcon ? (
            <StacChild node={node.deleteIcon} path={`${path}.deleteIcon`} />
          ) : (
            <svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor" aria-hidden>
              <path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z" />
            </svg>
          )}
        </button>
      ) : null}
    </span>
  );
}

export function ListTileWidget({ node, path }: StacWidgetProps) {
  const titleId = useId();
  const enabled = booleanOf(node.enabled, true);
  const selected = booleanOf(node.selected, false);
  const dense = booleanOf(node.dense, false);
  const press = usePressHandlers(enabled ? { onTap: node.onTap, onLongPress: node.onLongPress } : {}, path, {
    onTap: 'onTap',
    onLongPress: 'onLongPress',
    onDoubleTap: 'onDoubleTap',
    onSecondaryTap: 'onSecondaryTap',
    onHover: 'onHover',
    onFocusChange: 'onFocusChange',
  });
  const hasSubtitle = node.subtitle !== undefined && node.subtitle !== null;
  const threeLine = booleanOf(node.isThreeLine, false);
  const minHeight = threeLine ? 88 : hasSubtitle ? 72 : dense ? 48 : 56;
  const foreground = selected
    ? (colorToCss(node.selectedColor) ?? roleColor('primary'))
    : colorToCss(node.textColor);
  const interactive = press.interactive;
  return (
    <div
      role={interactive ? 'button' : undefined}
      tabIndex={interactive ? 0 : undefined}
      aria-disabled={!enabled || undefined}
      aria-labelledby={interactive ? titleId : undefined}
      className={interactive ? 'stac-listTile stac-state stac-focus' : 'stac-listTile'}
      onKeyDown={interactive ? press.onKeyDown : undefined}
      {...press.handlers}
      style={{
        display: 'flex',
        alignItems: threeLine ? 'flex-start' : 'center',
        gap: `${numberOf(node.horizontalTitleGap) ?? 16}px`,
        boxSizing: 'border-box',
        width: '100%',
        minHeight: `${minHeight}px`,
        padding: edgeInsetsToCss(node.contentPadding) ?? `${numberOf(node.minVerticalPadding) ?? 8}px 16px`,
        backgroundColor: selected
          ? (colorToCss(node.selectedTileColor) ?? colorToCss(node.tileColor))
          : colorToCss(node.tileColor),
        color: foreground ?? roleColor('onSurface'),
        opacity: enabled ? undefined : 0.38,
        cursor: interactive ? 'pointer' : undefined,
      }}
    >
      <ControlLabelContext.Provider value={titleId}>
        {node.leading !== undefined ? (
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              flexShrink: 0,
              minWidth: `${numberOf(node.minLeadingWidth) ?? 24}px`,
              color: colorToCss(node.iconColor) ?? roleColor('onSurfaceVariant'),
            }}
          >
            <StacChild node={node.leading} path={`${path}.leading`} />
          </div>
        ) : null}
        <div style={{ display: 'flex', flexDirection: 'column', flex: '1 1 auto', minWidth: 0 }}>
          <div id={titleId} style={{ ...themeTextStyleToCss(dense ? 'bodyMedium' : 'bodyLarge') }}>
            <StacChild node={node.title} path={`${path}.title`} />
          </div>
          {hasSubtitle ? (
            <div style={{ ...themeTextStyleToCss('bodyMedium'), color: roleColor('onSurfaceVariant') }}>
              <StacChild node={node.subtitle} path={`${path}.subtitle`} />
            </div>
          ) : null}
        </div>
        {node.trailing !== undefined ? (
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              flexShrink: 0,
              color: colorToCss(node.iconColor) ?? roleColor('onSurfaceVariant'),
              ...themeTextStyleToCss('labelSmall'),
            }}
          >
            <StacChild node={node.trailing} path={`${path}.trailing`} />
          </div>
        ) : null}
      </ControlLabelContext.Provider>
    </div>
  );
}

export function DividerWidget({ node }: StacWidgetProps) {
  const height = numberOf(node.height) ?? 16;
  const thickness = numberOf(node.thickness) ?? 1;
  const indent = numberOf(node.indent) ?? 0;
  const endIndent = numberOf(node.endIndent) ?? 0;
  return (
    <div
      className="stac-divider"
      role="separator"
      style={{
        boxSizing: 'border-box',
        alignSelf: 'stretch',
        display: 'flex',
        alignItems: 'center',
        height: `${height}px`,
        paddingLeft: `${indent}px`,
        paddingRight: `${endIndent}px`,
        flexShrink: 0,
      }}
    >
      <div
        style={{
          width: '100%',
          height: `${thickness}px`,
          backgroundColor: colorToCss(node.color) ?? roleColor('outlineVariant'),
        }}
      />
    </div>
  );
}

function progressValue(node: StacWidgetProps['node']): number | undefined {
  const value = numberOf(node.value);
  return value === undefined ? undefined : Math.min(1, Math.max(0, value));
}

export function LinearProgressIndicatorWidget({ node }: StacWidgetProps) {
  const value = progressValue(node);
  const color = colorToCss(node.color) ?? roleColor('primary');
  const radius = borderRadiusToCss(node.borderRadius);
  return (
    <div
      className="stac-linearProgressIndicator"
      role="progressbar"
      aria-label={stringOf(node.semanticsLabel) ?? 'Loading'}
      aria-valuemin={value === undefined ? undefined : 0}
      aria-valuemax={value === undefined ? undefined : 100}
      aria-valuenow={value === undefined ? undefined : Math.round(value * 100)}
      aria-valuetext={stringOf(node.semanticsValue)}
      style={{
        position: 'relative',
        overflow: 'hidden',
        width: '100%',
        height: `${numberOf(node.minHeight) ?? 4}px`,
        borderRadius: radius,
        backgroundColor: colorToCss(node.backgroundColor) ?? roleColor('secondaryContainer'),
      }}
    >
      <div
        style={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          left: 0,
          width: value === undefined ? '40%' : `${value * 100}%`,
          borderRadius: radius,
          backgroundColor: color,
          animation: value === undefined ? 'stac-indeterminate-linear 1.5s ease-in-out infinite' : undefined,
        }}
      />
    </div>
  );
}

export function CircularProgressIndicatorWidget({ node }: StacWidgetProps) {
  const value = progressValue(node);
  const stroke = numberOf(node.strokeWidth) ?? 4;
  // Flutter's indicator is a 36 px box; the stroke is centred on its 18 px radius, so half of it is
  // painted outside the box without taking space (the svg is larger, pulled out by a negative margin).
  const box = 36;
  const size = box + stroke;
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const color = colorToCss(node.color) ?? colorToCss(node.valueColor) ?? roleColor('primary');
  const track = colorToCss(node.backgroundColor);
  return (
    <span
      className="stac-circularProgressIndicator"
      role="progressbar"
      aria-label={stringOf(node.semanticsLabel) ?? 'Loading'}
      aria-valuemin={value === undefined ? undefined : 0}
      aria-valuemax={value === undefined ? undefined : 100}
      aria-valuenow={value === undefined ? undefined : Math.round(value * 100)}
      aria-valuetext={stringOf(node.semanticsValue)}
      style={{ display: 'inline-flex', width: `${box}px`, height: `${box}px`, flexShrink: 0 }}
    >
      <svg
        viewBox={`0 0 ${size} ${size}`}
        width={size}
        height={size}
        aria-hidden
        style={{
          flex: 'none',
          margin: `-${stroke / 2}px`,
          transform: 'rotate(-90deg)',
          animation: value === undefined ? 'stac-spin 1.4s linear infinite' : undefined,
        }}
      >
        {track ? (
          <circle cx={size / 2} cy={size / 2} r={radius} fill="none" stroke={track} strokeWidth={stroke} />
        ) : null}
        <circle
          cx={size / 2}
          cy={size / 2}
          r={radius}
          fill="none"
          stroke={color}
          strokeWidth={stroke}
          strokeLinecap={node.strokeCap === 'round' ? 'round' : 'butt'}
          strokeDasharray={circumference}
          strokeDashoffset={value === undefined ? circumference * 0.7 : circumference * (1 - value)}
        />
      </svg>
    </span>
  );
}

export function AlertDialogWidget({ node, path }: StacWidgetProps) {
  const titleId = useId();
  const contentId = useId();
  const hasTitle = node.title !== undefined && node.title !== null;
  const hasContent = node.content !== undefined && node.content !== null;
  const actions = listOf(node.actions);
  return (
    <div
      className="stac-alertDialog"
      role="alertdialog"
      aria-labelledby={hasTitle ? titleId : undefined}
      aria-describedby={hasContent ? contentId : undefined}
      aria-label={hasTitle ? undefined : (stringOf(node.semanticLabel) ?? 'Alert')}
      style={{
        display: 'flex',
        flexDirection: 'column',
        boxSizing: 'border-box',
        minWidth: '280px',
        maxWidth: '560px',
        margin: edgeInsetsToCss(node.insetPadding) ?? '0 auto',
        borderRadius: '28px',
        // Dialog's Material 3 elevation is 6: a document's surfaceTintColor shows at 11 %.
        backgroundColor: tintedSurface(
          colorToCss(node.backgroundColor) ?? roleColor('surfaceContainerHigh'),
          node.surfaceTintColor,
          numberOf(node.elevation) ?? 6,
        ),
        color: roleColor('onSurface'),
        boxShadow: elevationToShadow(numberOf(node.elevation) ?? 6),
        overflow: clips(node.clipBehavior, 'none') || booleanOf(node.scrollable, false) ? 'auto' : undefined,
        ...shapeToCss(node.shape),
      }}
    >
      {node.icon !== undefined ? (
        <div
          style={{
            display: 'flex',
            justifyContent: 'center',
            padding: edgeInsetsToCss(node.iconPadding) ?? '24px 24px 0 24px',
            color: colorToCss(node.iconColor) ?? roleColor('secondary'),
          }}
        >
          <StacChild node={node.icon} path={`${path}.icon`} />
        </div>
      ) : null}
      {hasTitle ? (
        <div
          id={titleId}
          style={{
            padding: edgeInsetsToCss(node.titlePadding) ?? '24px 24px 0 24px',
            textAlign: node.icon !== undefined ? 'center' : undefined,
            ...themeTextStyleToCss('headlineSmall'),
            ...textStyleToCss(node.titleTextStyle),
          }}
        >
          <StacChild node={node.title} path={`${path}.title`} />
        </div>
      ) : null}
      {hasContent ? (
        <div
          id={contentId}
          style={{
            padding: edgeInsetsToCss(node.contentPadding) ?? '16px 24px 0 24px',
            color: roleColor('onSurfaceVariant'),
            ...themeTextStyleToCss('bodyMedium'),
            ...textStyleToCss(node.contentTextStyle),
          }}
        >
          <StacChild node={node.content} path={`${path}.content`} />
        </div>
      ) : null}
      {actions.length > 0 ? (
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            justifyContent: node.actionsAlignment
              ? mainAxisAlignmentToCss(node.actionsAlignment)
              : 'flex-end',
            gap: `${numberOf(node.actionsOverflowButtonSpacing) ?? 8}px`,
            padding: edgeInsetsToCss(node.actionsPadding) ?? '24px',
          }}
        >
          <StacChildren nodes={actions} path={`${path}.actions`} />
        </div>
      ) : (
        <div style={{ height: '24px' }} />
      )}
    </div>
  );
}
