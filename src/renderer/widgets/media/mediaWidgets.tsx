/**
 * Media family: image, circleAvatar and webView. Every URL passes `sanitizeUrl`; a refused or broken image
 * draws a neutral placeholder of the same size, a refused web view draws a notice instead of a frame.
 */
import { use, useState, type CSSProperties, type ReactElement } from 'react';
import type { StacWidgetProps } from '../../contract';
import { StacChild, hookFreeWidget, sanitizeUrl } from '../../widgetApi';
import { hookFreeWidgetState, type HookFreeWidgetState } from '../../hookFreeWidgets';
import { StacRendererContext } from '../../StacRendererContext';
import { useFlexParent } from '../flexParent';
import {
  alignmentToPosition,
  boxFitToObjectFit,
  colorToCss,
  cssImageUrl,
  lengthToCss,
  numberOf,
  roleColor,
  stringOf,
  themeTextStyleToCss,
  definedStyle,
} from '../../values';

function imageSource(src: unknown, imageType: unknown): string | null {
  // `file` images would read the viewer's disk: never on the web.
  if (imageType === 'file') return null;
  return sanitizeUrl(src, { kind: 'image' });
}

function ImagePlaceholder({ style, label }: { style: CSSProperties; label: string }) {
  return (
    <span
      data-stac-image-placeholder=""
      role="img"
      aria-label={label}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        boxSizing: 'border-box',
        minWidth: '24px',
        minHeight: '24px',
        backgroundColor: roleColor('surfaceContainerHighest'),
        color: roleColor('onSurfaceVariant'),
        ...style,
      }}
    >
      <svg viewBox="0 0 24 24" width="24" height="24" fill="currentColor" aria-hidden>
        <path d="M21 19V5c0-1.1-.9-2-2-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2zM8.5 13.5l2.5 3.01L14.5 12l4.5 6H5l3.5-4.5z" />
      </svg>
    </span>
  );
}

/** A size in whole or decimal CSS pixels, as lengthToCss writes it: what a class name can carry. */
const PLAIN_PX = /^(\d{1,5})(?:\.(\d{1,3}))?px$/;

function sizeToken(axis: 'w' | 'h', length: string | undefined): string | null {
  if (length === undefined) return '';
  const plain = PLAIN_PX.exec(length);
  if (!plain) return null;
  return `-${axis}${plain[1]}${plain[2] === undefined ? '' : `_${plain[2]}`}`;
}

const sizeClasses = new Map<string, string>();
/**
 * Size rules stay in the page for its life, so the distinct sizes that get one are bounded: a plugin binding
 * its images' sizes to changing data cannot grow the page's styles without end. Past this many, a new size
 * goes inline on the element as before (the same look; only the sharing is lost).
 */
export const MAX_IMAGE_SIZE_CLASSES = 256;

/** The browser's sheet of size rules: one `<style>` element of the page, its rules added as sizes appear. */
let sizeSheet: HTMLStyleElement | null = null;

/** Puts the sheet in the page, on first use or again if something took it out (with every rule it had). */
function connectSizeSheet(): CSSStyleSheet | null {
  if (sizeSheet === null || !sizeSheet.isConnected) {
    sizeSheet = document.createElement('style');
    sizeSheet.setAttribute('data-stac-image-sizes', '');
    document.head.append(sizeSheet);
    for (const rule of sizeClasses.values())
      sizeSheet.sheet?.insertRule(rule, sizeSheet.sheet.cssRules.length);
  }
  return sizeSheet.sheet;
}

/**
 * An image's pixel width and height as a class (`stac-size-w48-h48`) whose rule is in the page once per
 * size, instead of an inline style on every image: jsdom parses and re-serialises an element's style for
 * each declaration, and a browser resolves every inline style apart, where images of one size share the
 * rule. In the browser the rule goes into one sheet of the page as the size first renders (no element per
 * image: a hoisted `<style>` cost a fiber per image); on the server a `<style href precedence>` per image
 * that React emits once per size (`serverRule`). The rule outranks a host page's `img { height: auto }`
 * reset as the inline style did (two classes and a type); anything but plain pixels (a percentage, an
 * unbounded length) stays inline, as does every size where there is no document to add the rule to.
 */
function imageSizeClass(
  width: string | undefined,
  height: string | undefined,
  serverRendering: boolean,
): string | null {
  if (width === undefined && height === undefined) return null;
  // The images of a list share their size: the last one's answer holds while its rule is in the page.
  if (width === lastSize.width && height === lastSize.height && !serverRendering && sizeSheet?.isConnected) {
    return lastSize.className;
  }
  const w = sizeToken('w', width);
  const h = sizeToken('h', height);
  if (w === null || h === null) return null;
  const className = `stac-size${w}${h}`;
  if (serverRendering) return className;
  if (typeof document === 'undefined') return null;
  const sheet = connectSizeSheet();
  if (!sizeClasses.has(className)) {
    if (sizeClasses.size >= MAX_IMAGE_SIZE_CLASSES || sheet === null) return null;
    const rule = sizeRule(className, width, height);
    sheet.insertRule(rule, sheet.cssRules.length);
    sizeClasses.set(className, rule);
  }
  lastSize.width = width;
  lastSize.height = height;
  lastSize.className = className;
  lastSize.imageClassName = `stac-image ${className}`;
  return className;
}

/** The size the browser's last image asked for, its class, and the image's whole class with it. */
const lastSize = {
  width: undefined as string | undefined,
  height: undefined as string | undefined,
  className: '',
  imageClassName: '',
};

function imageClassName(sized: string | null): string {
  if (sized === null) return 'stac-image';
  return sized === lastSize.className ? lastSize.imageClassName : `stac-image ${sized}`;
}

function sizeRule(className: string, width: string | undefined, height: string | undefined): string {
  const declarations = `${width === undefined ? '' : `width: ${width}; `}${height === undefined ? '' : `height: ${height}; `}`;
  return `.stac-view img.${className} { ${declarations}}`;
}

/** A server-rendered size rule: React emits it into the page's HTML once per size. */
function serverRule(className: string, width: string | undefined, height: string | undefined): ReactElement {
  return (
    <style href={className} precedence="stac">
      {sizeRule(className, width, height)}
    </style>
  );
}

/**
 * An image. Hook-free (hookFreeWidgets.ts): called in its node view's render, no fiber of its own; a load
 * failure is kept by that node view (its widget state: the source that failed), which draws the placeholder
 * instead. Rendered as an element of its own (a host's wrapper), it keeps the failure in a state of its own.
 */
export const ImageWidget = hookFreeWidget(function ImageWidget({ node, path }: StacWidgetProps) {
  const holder = hookFreeWidgetState();
  if (holder === null) return <StatefulImage node={node} path={path} />;
  return imageContent(node, holder.widgetState, holder, use(StacRendererContext)?.serverRendering === true);
});

function StatefulImage({ node }: StacWidgetProps) {
  const [failed, setFailed] = useState<unknown>(null);
  return imageContent(
    node,
    failed,
    { setWidgetState: setFailed },
    use(StacRendererContext)?.serverRendering === true,
  );
}

function imageContent(
  node: StacWidgetProps['node'],
  failed: unknown,
  holder: Pick<HookFreeWidgetState, 'setWidgetState'>,
  serverRendering: boolean,
): ReactElement {
  const src = imageSource(node.src, node.imageType);
  const label = stringOf(node.semanticLabel) ?? '';
  const size: CSSProperties = {
    width: lengthToCss(node.width),
    height: lengthToCss(node.height),
    maxWidth: '100%',
  };
  if (!src || failed === src) {
    return (
      <span className="stac-image" style={{ display: 'inline-flex' }}>
        <ImagePlaceholder
          style={{ ...size, width: size.width ?? '48px', height: size.height ?? '48px' }}
          label={label || 'Image unavailable'}
        />
      </span>
    );
  }
  const tint = colorToCss(node.color);
  const fit = boxFitToObjectFit(node.fit);
  const position = alignmentToPosition(node.alignment);
  if (tint) {
    // Flutter tints with BlendMode.srcIn: the colour painted through the image's alpha, i.e. a CSS mask.
    const url = cssImageUrl(src);
    return (
      <span
        className="stac-image"
        role={label ? 'img' : undefined}
        aria-label={label || undefined}
        aria-hidden={label ? undefined : true}
        style={{
          display: 'inline-block',
          ...size,
          width: size.width ?? '24px',
          height: size.height ?? '24px',
          backgroundColor: tint,
          maskImage: url,
          WebkitMaskImage: url,
          maskSize: fit === 'cover' ? 'cover' : fit === 'fill' ? '100% 100%' : 'contain',
          maskRepeat: 'no-repeat',
          maskPosition: position,
        }}
      />
    );
  }
  const sized = imageSizeClass(
    size.width as string | undefined,
    size.height as string | undefined,
    serverRendering,
  );
  const img = (
    <img
      src={src}
      alt={label}
      // Lazy: a long list of remote images loads only what scrolls into view. Not a `data:` image, which
      // needs no network: Chromium's lazy-load observer would recompute every waiting image's intersection
      // in each frame of an animation on the page (a button's hover fade: 65 ms per hover at 10,000 items),
      // and it shows at once when scrolled to. No `decoding` attribute: Chromium already decodes off the
      // main thread, and it was one attribute more per image.
      loading={src.startsWith('data:') ? undefined : 'lazy'}
      referrerPolicy="no-referrer"
      onError={() => holder.setWidgetState(src)}
      className={imageClassName(sized)}
      style={definedStyle({
        width: sized ? undefined : size.width,
        height: sized ? undefined : size.height,
        objectFit: fit as CSSProperties['objectFit'],
        // Centred is CSS's own default: one declaration less per image.
        objectPosition: position === '50% 50%' ? undefined : position,
      })}
    />
  );
  return sized && serverRendering ? (
    <>
      {serverRule(sized, size.width as string | undefined, size.height as string | undefined)}
      {img}
    </>
  ) : (
    img
  );
}

export function CircleAvatarWidget({ node, path }: StacWidgetProps) {
  const radius = numberOf(node.radius) ?? numberOf(node.minRadius) ?? numberOf(node.maxRadius) ?? 20;
  const diameter = radius * 2;
  const background = cssImageUrl(node.backgroundImage);
  const foreground = sanitizeUrl(node.foregroundImage, { kind: 'image' });
  const [foregroundFailed, setForegroundFailed] = useState(false);
  return (
    <span
      className="stac-circleAvatar"
      style={{
        position: 'relative',
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        flexShrink: 0,
        width: `${diameter}px`,
        height: `${diameter}px`,
        borderRadius: '50%',
        overflow: 'hidden',
        backgroundColor: colorToCss(node.backgroundColor) ?? roleColor('primaryContainer'),
        backgroundImage: background,
        backgroundSize: 'cover',
        backgroundPosition: 'center',
        color: colorToCss(node.foregroundColor) ?? roleColor('onPrimaryContainer'),
        ...themeTextStyleToCss('titleMedium'),
      }}
    >
      <StacChild node={node.child} path={`${path}.child`} />
      {foreground && !foregroundFailed ? (
        <img
          src={foreground}
          alt=""
          referrerPolicy="no-referrer"
          onError={() => setForegroundFailed(true)}
          style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'cover' }}
        />
      ) : null}
    </span>
  );
}

export function WebViewWidget({ node, path }: StacWidgetProps) {
  const src = sanitizeUrl(node.url, { kind: 'frame' });
  // A web view fills the box it gets, as Flutter's platform view does. Only where the height is unbounded
  // (a column's main axis), where Flutter could not lay it out at all, it takes a readable 320 px.
  const parent = useFlexParent(path);
  const unboundedHeight = parent !== null && !parent.bounded && parent.axis === 'column';
  const style: CSSProperties = {
    display: 'block',
    width: '100%',
    height: '100%',
    minHeight: unboundedHeight ? '320px' : undefined,
    border: 'none',
    backgroundColor: colorToCss(node.backgroundColor) ?? 'rgb(255, 255, 255)',
  };
  if (!src) {
    return (
      <div
        className="stac-webView"
        role="note"
        style={{
          ...style,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          backgroundColor: roleColor('surfaceContainerHighest'),
          color: roleColor('onSurfaceVariant'),
        }}
      >
        This web page cannot be shown.
      </div>
    );
  }
  const scripts = node.javaScriptMode !== 'disabled';
  let host = src;
  try {
    host = new URL(src).host;
  } catch {
    // sanitizeUrl only lets absolute http(s) URLs through for frames; keep the raw text otherwise.
  }
  return (
    <iframe
      className="stac-webView"
      src={src}
      title={stringOf(node.title) ?? `Web page from ${host}`}
      // Never allow-same-origin: with scripts it would let the page lift its own sandbox.
      sandbox={scripts ? 'allow-scripts allow-forms allow-popups' : ''}
      referrerPolicy="no-referrer"
      loading="lazy"
      allow=""
      style={{ ...style, direction: node.layoutDirection === 'rtl' ? 'rtl' : undefined }}
    />
  );
}
