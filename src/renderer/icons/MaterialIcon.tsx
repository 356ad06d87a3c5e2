import { useEffect, useSyncExternalStore, type CSSProperties } from 'react';
import { cupertinoIconNamesComing, loadCupertinoIconNames } from './cupertinoNames';
import { iconDataVersion, loadIcon, lookupIcon, publish, subscribeToIconData } from './iconData';
import { resolveIconName } from './resolveIconName';

export interface MaterialIconProps {
  /** Flutter icon name (`home`, `shopping_cart_outlined`) or a Cupertino name with iconType `cupertino`. */
  name: string;
  iconType?: unknown;
  /** Logical pixels; Flutter's default is 24. */
  size?: number;
  /** CSS colour; defaults to the surrounding text colour like Flutter's IconTheme. */
  color?: string;
  /** Spoken name; without it the icon is decorative and hidden from assistive technology. */
  label?: string;
  /** In preview an unknown name draws a visible dashed box naming it; in production an empty gap. */
  showUnknown?: boolean;
  style?: CSSProperties;
}

/**
 * An icon as inline SVG: common icons are bundled (in the app; the embed build bundles none), any other is
 * fetched alone (one small same-origin file) the first time a view draws it. No icon font and no request to
 * another host.
 */
export function MaterialIcon({
  name,
  iconType,
  size = 24,
  color,
  label,
  showUnknown = false,
  style,
}: MaterialIconProps) {
  useSyncExternalStore(subscribeToIconData, iconDataVersion, iconDataVersion);
  // In the embed the Cupertino names come as a chunk (cupertinoNames.lazy.ts): the icon waits for them in its
  // empty box, as it waits for its file.
  const namesComing = iconType === 'cupertino' && cupertinoIconNamesComing();
  const reference = namesComing ? null : resolveIconName(name, iconType);
  const lookup = namesComing
    ? ({ status: 'loading' } as const)
    : reference
      ? lookupIcon(reference.style, reference.file)
      : ({ status: 'unknown' } as const);
  const loadStyle = reference && lookup.status === 'loading' ? reference.style : null;
  const loadFile = loadStyle ? reference?.file : undefined;
  useEffect(() => {
    if (namesComing) void loadCupertinoIconNames().then(publish);
    else if (loadStyle && loadFile) void loadIcon(loadStyle, loadFile);
  }, [namesComing, loadStyle, loadFile]);

  const box: CSSProperties = {
    display: 'inline-block',
    flex: 'none',
    width: size,
    height: size,
    verticalAlign: 'middle',
    ...style,
  };
  if (lookup.status === 'unknown') {
    const unknownLabel = label ?? `Unknown icon: ${name}`;
    return (
      <span
        role="img"
        aria-label={unknownLabel}
        title={showUnknown ? unknownLabel : undefined}
        data-stac-icon-unknown={name}
        style={{
          ...box,
          boxSizing: 'border-box',
          border: showUnknown ? '1px dashed currentColor' : undefined,
          opacity: showUnknown ? 0.5 : 0,
        }}
      />
    );
  }
  const accessible = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill={color ?? 'currentColor'}
      focusable="false"
      data-stac-icon={name}
      style={box}
      {...accessible}
    >
      {lookup.status === 'ready'
        ? lookup.shapes.map((shape, index) => (
            <path
              key={index}
              d={shape.d}
              opacity={shape.opacity}
              fillRule={shape.evenOdd ? 'evenodd' : undefined}
            />
          ))
        : null}
    </svg>
  );
}
