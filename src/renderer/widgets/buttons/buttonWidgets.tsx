/**
 * Buttons family: elevated/filled/outlined/text buttons, icon buttons, floating action buttons, the simple
 * `button` of the plugin docs, and the tap surfaces inkWell and gestureDetector. Buttons are native
 * <button>s with Material 3 defaults; tap surfaces become role=button with Enter/Space when they act.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { StacWidgetProps } from '../../contract';
import { StacChild, hookFreeWidget, inlineBareLabel, useHookFreeDispatch } from '../../widgetApi';
import {
  booleanOf,
  borderRadiusToCss,
  colorToCss,
  edgeInsetsToCss,
  elevationToShadow,
  numberOf,
  roleColor,
  stringOf,
  textStyleToCss,
  themeTextStyleToCss,
  boxConstraintsToCss,
  mouseCursorToCss,
  tintedSurface,
  definedStyle,
} from '../../values';
import { buttonStyleToCss } from './buttonStyleToCss';
import { pressHandlers, usePressHandlers } from '../usePressHandlers';
import { isRecord, widgetOf } from '../widgetProps';
import { IconThemeContext, useIconTheme } from '../iconTheme';
import { BareLabelContext, isPlainTextLabel } from '../buttonLabel';

type ButtonVariant = 'elevated' | 'filled' | 'outlined' | 'text';

/**
 * Disabled looks, inline: rare, and they must beat the variant's class. The enabled Material 3 defaults of
 * each variant live in the shared stylesheet (BUTTON_CSS): a list of a thousand buttons would otherwise
 * parse the same twenty declarations a thousand times.
 */
function disabledStyle(variant: ButtonVariant): CSSProperties {
  return {
    color: roleColor('onSurface', 0.38),
    backgroundColor:
      variant === 'elevated' || variant === 'filled' ? roleColor('onSurface', 0.12) : 'transparent',
    border: variant === 'outlined' ? `1px solid ${roleColor('onSurface', 0.12)}` : 'none',
    cursor: 'default',
  };
}

/** Each variant's enabled background (its class paints it): the surface a surfaceTintColor tints. */
const ENABLED_BACKGROUND: Record<ButtonVariant, string> = {
  elevated: roleColor('surfaceContainerLow'),
  filled: roleColor('primary'),
  outlined: 'transparent',
  text: 'transparent',
};

/**
 * Flutter paints a button's side (OutlinedButton's outline, `style.side`, a shape's side) on its shape
 * without taking layout space; a CSS border would widen the button by twice its width. An inset outline
 * draws the same line inside the box, following the border radius.
 */
function sideInside(css: CSSProperties): CSSProperties {
  const side = typeof css.border === 'string' ? /^([\d.]+)px solid (.+)$/.exec(css.border) : null;
  if (!side) return css;
  return { ...css, border: 'none', outline: `${side[1]}px solid ${side[2]}`, outlineOffset: `-${side[1]}px` };
}

const PRESS_NAMES = {
  onTap: 'onPressed',
  onLongPress: 'onLongPress',
  onDoubleTap: 'onDoubleTap',
  onSecondaryTap: 'onSecondaryTap',
  onHover: 'onHover',
  onFocusChange: 'onFocusChange',
};

/**
 * A Material button's inline style: none for an enabled button without a style or clip (its variant's class
 * draws it), which a list of a thousand buttons then computes no object for.
 */
function buttonInlineStyle(
  node: StacWidgetProps['node'],
  variant: ButtonVariant,
  disabled: boolean,
  bareLabel: boolean,
): CSSProperties | undefined {
  if (!disabled && node.style === undefined && (!node.clipBehavior || node.clipBehavior === 'none')) {
    return undefined;
  }
  const style: CSSProperties = sideInside({
    ...(disabled ? disabledStyle(variant) : undefined),
    ...buttonStyleToCss(node.style, disabled),
    overflow: node.clipBehavior && node.clipBehavior !== 'none' ? 'hidden' : undefined,
  });
  const buttonStyle = isRecord(node.style) ? node.style : {};
  if (buttonStyle.surfaceTintColor !== undefined) {
    // Material 3 raises only an enabled elevated button (elevation 1); the tint follows the elevation.
    const elevation = numberOf(buttonStyle.elevation) ?? (variant === 'elevated' && !disabled ? 1 : 0);
    const base =
      typeof style.backgroundColor === 'string' ? style.backgroundColor : ENABLED_BACKGROUND[variant];
    style.backgroundColor = tintedSurface(base, buttonStyle.surfaceTintColor, elevation);
  }
  // A plain label's button is a block box (widgetStyles' LABEL_BUTTONS); a style's alignment moves the label
  // as a flex item does, and a clipped button keeps the flex box's baseline, so those stay flex boxes.
  if (bareLabel && (style.justifyContent !== undefined || style.overflow !== undefined)) {
    style.display = 'inline-flex';
  }
  return definedStyle(style);
}

function MaterialButton({
  node,
  path,
  variant,
  className,
  bareLabel = false,
  children,
}: StacWidgetProps & {
  variant: ButtonVariant;
  className: string;
  bareLabel?: boolean;
  children: ReactNode;
}) {
  // Stac's buttons are always enabled (it wires onPressed even when absent); `enabled: false` is ours.
  const disabled = node.enabled === false || node.enabled === 'false';
  const press = pressHandlers(
    useHookFreeDispatch(),
    {
      onTap: node.onPressed,
      onLongPress: node.onLongPress,
      onHover: node.onHover,
      onFocusChange: node.onFocusChange,
    },
    path,
    PRESS_NAMES,
  );
  return (
    <button
      type="button"
      className={className}
      // Left out rather than false: React then sets nothing for them on a new button.
      disabled={disabled || undefined}
      autoFocus={booleanOf(node.autofocus, false) || undefined}
      style={buttonInlineStyle(node, variant, disabled, bareLabel)}
      {...press.handlers}
    >
      {children}
    </button>
  );
}

function makeButton(variant: ButtonVariant, type: string) {
  // One class per button, its type: base, variant, state layer and focus ring all hang off it (widgetStyles).
  const className = `stac-${type}`;
  const labelClassName = `${className} stac-text`;
  // MaterialButton and StacChild are called as functions, not rendered as elements, and the button is
  // hook-free (its dispatch and press state without hooks): the node view calls it as a function, so each
  // button of a long list costs three fibers and three hooks less.
  const Button = hookFreeWidget(function Button({ node, path }: StacWidgetProps) {
    const childPath = `${path}.child`;
    if (!isPlainTextLabel(node.child)) {
      const child = StacChild({ node: node.child, path: childPath });
      return MaterialButton({ node, path, variant, className, children: child });
    }
    // A plain text child is drawn as the button's own text (buttonLabel.ts): one element less. Drawn in
    // the render of the node view calling this button when it can be (inlineBareLabel), with no fiber.
    const inline = inlineBareLabel(node.child, childPath);
    return MaterialButton({
      node,
      path,
      variant,
      className: labelClassName,
      bareLabel: true,
      children:
        inline !== undefined ? (
          inline
        ) : (
          <BareLabelContext value={childPath}>
            {StacChild({ node: node.child, path: childPath })}
          </BareLabelContext>
        ),
    });
  });
  Object.defineProperty(Button, 'displayName', { value: `${type}Widget` });
  return Button;
}

export const ElevatedButtonWidget = makeButton('elevated', 'elevatedButton');
export const FilledButtonWidget = makeButton('filled', 'filledButton');
export const OutlinedButtonWidget = makeButton('outlined', 'outlinedButton');
export const TextButtonWidget = makeButton('text', 'textButton');

/** The simple form of the Invenicum plugin docs: `{ type: button, label, action }`. */
export function SimpleButtonWidget({ node, path }: StacWidgetProps) {
  const onPressed = node.action ?? node.onPressed;
  const name = node.action !== undefined ? 'action' : 'onPressed';
  const press = usePressHandlers({ onTap: onPressed }, path, { ...PRESS_NAMES, onTap: name });
  const label = stringOf(node.label) ?? stringOf(node.text) ?? '';
  const childWidget = widgetOf(node.child);
  return (
    <button
      type="button"
      className="stac-button"
      style={definedStyle(sideInside(buttonStyleToCss(node.style, false)))}
      {...press.handlers}
    >
      {childWidget ? <StacChild node={childWidget} path={`${path}.child`} /> : label}
    </button>
  );
}

/** A readable name for an icon-only control when the author gave no tooltip. */
function iconName(icon: unknown): string | undefined {
  const widget = widgetOf(icon);
  if (!widget) return undefined;
  const label = stringOf(widget.semanticLabel);
  if (label) return label;
  const name = stringOf(widget.icon);
  return name?.replace(/_(outlined|rounded|sharp)$/, '').replace(/_/g, ' ');
}

export function IconButtonWidget({ node, path }: StacWidgetProps) {
  const disabled = node.enabled === false;
  const selected = booleanOf(node.isSelected, false);
  const press = usePressHandlers({ onTap: node.onPressed }, path, PRESS_NAMES);
  const size = numberOf(node.iconSize) ?? 24;
  const tooltip = stringOf(node.tooltip);
  const iconNode = selected && node.selectedIcon ? node.selectedIcon : node.icon;
  const iconKey = selected && node.selectedIcon ? 'selectedIcon' : 'icon';
  const color = colorToCss(disabled ? node.disabledColor : node.color);
  const themed = useIconTheme().color;
  return (
    <button
      type="button"
      className="stac-iconButton"
      aria-label={tooltip ?? iconName(iconNode)}
      aria-pressed={node.isSelected !== undefined ? selected : undefined}
      title={tooltip}
      disabled={disabled}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        boxSizing: 'border-box',
        minWidth: '40px',
        minHeight: '40px',
        padding: edgeInsetsToCss(node.padding) ?? '8px',
        border: 'none',
        borderRadius: '50%',
        background: 'transparent',
        color: color ?? (disabled ? roleColor('onSurface', 0.38) : (themed ?? roleColor('onSurfaceVariant'))),
        cursor: disabled ? 'default' : 'pointer',
        fontSize: `${size}px`,
        flexShrink: 0,
        ...boxConstraintsToCss(node.constraints),
        ...buttonStyleToCss(node.style, disabled),
      }}
      {...press.handlers}
    >
      <IconThemeContext.Provider value={{ size }}>
        <StacChild node={iconNode} path={`${path}.${iconKey}`} />
      </IconThemeContext.Provider>
    </button>
  );
}

const FAB_SIZES: Record<string, { size: number; radius: number; icon: number }> = {
  small: { size: 40, radius: 12, icon: 24 },
  regular: { size: 56, radius: 16, icon: 24 },
  large: { size: 96, radius: 28, icon: 36 },
};

export function FloatingActionButtonWidget({ node, path }: StacWidgetProps) {
  const press = usePressHandlers({ onTap: node.onPressed }, path, PRESS_NAMES);
  const type = typeof node.buttonType === 'string' ? node.buttonType : 'small';
  const extended = type === 'extended';
  const metrics = FAB_SIZES[type] ?? FAB_SIZES.regular;
  const tooltip = stringOf(node.tooltip);
  const elevation = numberOf(node.elevation) ?? 6;
  const style: CSSProperties = {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: `${numberOf(node.extendedIconLabelSpacing) ?? 8}px`,
    boxSizing: 'border-box',
    minWidth: `${extended ? 80 : metrics.size}px`,
    height: `${extended ? 56 : metrics.size}px`,
    padding: extended ? '0 16px' : 0,
    border: 'none',
    borderRadius: `${extended ? 16 : metrics.radius}px`,
    backgroundColor: colorToCss(node.backgroundColor) ?? roleColor('primaryContainer'),
    boxShadow: elevationToShadow(elevation),
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: `${metrics.icon}px`,
    flexShrink: 0,
    ...themeTextStyleToCss('labelLarge'),
    ...textStyleToCss(extended ? node.extendedTextStyle : node.textStyle),
    // Flutter copies foregroundColor over the label style's colour.
    color: colorToCss(node.foregroundColor) ?? roleColor('onPrimaryContainer'),
  };
  const childWidget = widgetOf(node.child);
  const label = tooltip ?? (childWidget?.type === 'icon' ? iconName(childWidget) : undefined);
  return (
    <button
      type="button"
      className="stac-floatingActionButton"
      aria-label={extended ? undefined : label}
      title={tooltip}
      autoFocus={booleanOf(node.autofocus, false)}
      style={definedStyle(style)}
      {...press.handlers}
    >
      <IconThemeContext.Provider value={{ size: metrics.icon }}>
        {/* Only the extended button has an icon and a label; the others show their child (or, without one,
            the icon, which Stac would leave blank). */}
        {extended || !childWidget ? <StacChild node={node.icon} path={`${path}.icon`} /> : null}
        <StacChild node={node.child} path={`${path}.child`} />
      </IconThemeContext.Provider>
    </button>
  );
}

const TAP_NAMES = {
  onTap: 'onTap',
  onLongPress: 'onLongPress',
  onDoubleTap: 'onDoubleTap',
  onSecondaryTap: 'onSecondaryTap',
  onHover: 'onHover',
  onFocusChange: 'onFocusChange',
};

function TapSurface({ node, path, type, ink }: StacWidgetProps & { type: string; ink: boolean }) {
  const press = usePressHandlers(
    {
      onTap: node.onTap,
      onDoubleTap: node.onDoubleTap,
      onLongPress: node.onLongPress,
      onSecondaryTap: node.onSecondaryTap,
      onHover: node.onHover,
      onFocusChange: node.onFocusChange,
    },
    path,
    TAP_NAMES,
  );
  const radius = ink ? borderRadiusToCss(node.borderRadius) : undefined;
  const interactive = press.interactive && !booleanOf(node.excludeFromSemantics, false);
  return (
    <div
      role={interactive ? 'button' : undefined}
      tabIndex={interactive && booleanOf(node.canRequestFocus, true) ? 0 : undefined}
      className={interactive ? `stac-${type} stac-focus${ink ? ' stac-state' : ''}` : `stac-${type}`}
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr)',
        cursor: mouseCursorToCss(node.mouseCursor) ?? (press.interactive ? 'pointer' : undefined),
        borderRadius: radius,
        color: 'inherit',
      }}
      onKeyDown={interactive ? press.onKeyDown : undefined}
      {...press.handlers}
    >
      <StacChild node={node.child} path={`${path}.child`} />
    </div>
  );
}

export function InkWellWidget(props: StacWidgetProps) {
  return <TapSurface {...props} type="inkWell" ink />;
}

export function GestureDetectorWidget(props: StacWidgetProps) {
  return <TapSurface {...props} type="gestureDetector" ink={false} />;
}
