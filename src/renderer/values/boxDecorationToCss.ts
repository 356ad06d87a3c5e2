import type { CSSProperties } from 'react';
import { colorToCss } from './colorToCss';
import { lengthToCss, maxLengthToCss, numberOf } from './lengthToCss';
import { borderRadiusToCss } from './borderRadiusToCss';
import { boxShadowToCss } from './boxShadowToCss';
import { gradientToCss } from './gradientToCss';
import { cssImageUrl } from './cssUrl';
import { boxFitToBackgroundSize } from './boxFitToCss';
import { alignmentToPosition } from './alignmentToCss';
import { parseRect, sanitizeUrl, isRecord } from '../../stac-schema';

const REPEAT: Readonly<Record<string, string>> = {
  repeat: 'repeat',
  repeatX: 'repeat-x',
  repeatY: 'repeat-y',
  noRepeat: 'no-repeat',
};

/** A Flutter BorderSide `{color, width, style}` as a CSS `border` shorthand. */
export function borderSideToCss(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const style = value.borderStyle ?? value.style;
  if (style === 'none') return 'none';
  const width = numberOf(value.width) ?? 1;
  const color = colorToCss(value.color) ?? 'rgb(0, 0, 0)';
  return `${width}px solid ${color}`;
}

/** Flutter Border: one side for all, or `{top, right, bottom, left}` sides. */
export function borderToCss(value: unknown): CSSProperties {
  if (!isRecord(value)) return {};
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  if (sides.some((side) => isRecord(value[side]))) {
    const css: CSSProperties = {};
    for (const side of sides) {
      const border = borderSideToCss(value[side]);
      if (!border) continue;
      if (side === 'top') css.borderTop = border;
      if (side === 'right') css.borderRight = border;
      if (side === 'bottom') css.borderBottom = border;
      if (side === 'left') css.borderLeft = border;
    }
    return css;
  }
  const border = borderSideToCss(value);
  return border ? { border } : {};
}

interface BackgroundLayers {
  images: string[];
  sizes: string[];
  positions: string[];
  repeats: string[];
}

function addImageLayer(layers: BackgroundLayers, image: Record<string, unknown>): void {
  const url = cssImageUrl(image.src);
  if (!url) return;
  layers.images.push(url);
  layers.sizes.push(boxFitToBackgroundSize(image.fit) ?? 'auto');
  layers.positions.push(alignmentToPosition(image.alignment));
  const repeat = image.repeat;
  layers.repeats.push((typeof repeat === 'string' && REPEAT[repeat]) || 'no-repeat');
}

function backgroundCss(layers: BackgroundLayers): CSSProperties {
  if (layers.images.length === 0) return {};
  return {
    backgroundImage: layers.images.join(', '),
    backgroundSize: layers.sizes.join(', '),
    backgroundPosition: layers.positions.join(', '),
    backgroundRepeat: layers.repeats.join(', '),
  };
}

/**
 * FilterQuality.none samples the nearest pixel (a scaled-up image stays blocky, as pixel art wants);
 * low (Stac's default), medium and high smooth it, as the browser does by default. `image-rendering` is
 * inherited, so it is set only on the image's own layer, never on a box with children.
 */
function filterQualityToCss(image: Record<string, unknown>): CSSProperties {
  return image.filterQuality === 'none' ? { imageRendering: 'pixelated' } : {};
}

/** The opacity of a DecorationImage (0..1, default 1). */
function imageOpacity(image: Record<string, unknown>): number {
  const opacity = numberOf(image.opacity);
  return opacity === undefined ? 1 : Math.min(1, Math.max(0, opacity));
}

/**
 * True when the decoration's image must be painted on its own layer: it is translucent (CSS has no
 * per-layer opacity) or sampled without filtering (image-rendering would reach the box's children).
 */
function needsOwnImageLayer(value: Record<string, unknown>): boolean {
  return (
    isRecord(value.image) &&
    (imageOpacity(value.image) < 1 ||
      value.image.filterQuality === 'none' ||
      parseRect(value.image.centerSlice) !== null)
  );
}

/** The URL of a decoration image drawn as a nine-patch (it has a `centerSlice`), when the policy allows it. */
export function nineSliceImageUrl(value: unknown): string | undefined {
  if (!isRecord(value) || !isRecord(value.image) || parseRect(value.image.centerSlice) === null)
    return undefined;
  return sanitizeUrl(value.image.src, { kind: 'image' }) ?? undefined;
}

/**
 * A nine-patch as Flutter paints it (canvas.drawImageNine): the corners outside `centerSlice` keep their
 * size (image pixels / scale), the edges stretch along one axis, the centre along both, and the whole fills
 * the box (BoxFit.fill, the default with a centre slice). CSS's border-image does exactly this, but its
 * slices count from each edge, so the image's own size must be known.
 */
function nineSliceToCss(
  image: Record<string, unknown>,
  size: { width: number; height: number },
): CSSProperties {
  const slice = parseRect(image.centerSlice);
  const url = cssImageUrl(image.src);
  if (!slice || !url) return {};
  const scale = numberOf(image.scale) ?? 1;
  const edges = [slice.top, size.width - slice.right, size.height - slice.bottom, slice.left].map((edge) =>
    Math.max(0, edge),
  );
  return {
    borderStyle: 'solid',
    borderColor: 'transparent',
    borderWidth: 0,
    borderImageSource: url,
    borderImageSlice: `${edges.join(' ')} fill`,
    borderImageWidth: edges.map((edge) => `${edge / scale}px`).join(' '),
    borderImageRepeat: 'stretch',
  };
}

export interface BoxDecorationOptions {
  /**
   * Leave a translucent image (`image.opacity` < 1) or an unfiltered one (`filterQuality: none`) out of the
   * box's own background: the caller paints it with `decorationImageLayerToCss` on a layer of its own.
   */
  separateTranslucentImage?: boolean;
}

/**
 * A Stac BoxDecoration as CSS: colour, shape, border radius, border, shadows, gradient and a decoration
 * image (through the URL sanitizer; a refused URL draws no image).
 */
export function boxDecorationToCss(value: unknown, options: BoxDecorationOptions = {}): CSSProperties {
  if (!isRecord(value)) return {};
  const css: CSSProperties = {};
  const color = colorToCss(value.color);
  if (color) css.backgroundColor = color;
  if (value.shape === 'circle') css.borderRadius = '50%';
  else {
    const radius = borderRadiusToCss(value.borderRadius);
    if (radius) css.borderRadius = radius;
  }
  Object.assign(css, borderToCss(value.border));
  const shadow = boxShadowToCss(value.boxShadow);
  if (shadow) css.boxShadow = shadow;
  const layers: BackgroundLayers = { images: [], sizes: [], positions: [], repeats: [] };
  // Flutter paints the image over the colour and gradient: the first CSS layer is the top one.
  if (isRecord(value.image) && !(options.separateTranslucentImage && needsOwnImageLayer(value))) {
    addImageLayer(layers, value.image);
  }
  const gradient = gradientToCss(value.gradient);
  if (gradient) {
    layers.images.push(gradient);
    layers.sizes.push('auto');
    layers.positions.push('0% 0%');
    layers.repeats.push('no-repeat');
  }
  return { ...css, ...backgroundCss(layers) };
}

/**
 * The CSS of a layer that paints a translucent or unfiltered decoration image (with its opacity and
 * sampling) above the box's colour and gradient and below its content, or null when the box's own
 * background can paint it (or it is absent or refused).
 */
export function decorationImageLayerToCss(
  value: unknown,
  imageSize?: { width: number; height: number },
): CSSProperties | null {
  if (!isRecord(value) || !isRecord(value.image) || !needsOwnImageLayer(value)) return null;
  const layers: BackgroundLayers = { images: [], sizes: [], positions: [], repeats: [] };
  const nineSlice = parseRect(value.image.centerSlice) !== null;
  // Until a nine-patch's size is known its image fills the box, stretched as a whole.
  addImageLayer(layers, nineSlice ? { ...value.image, fit: 'fill' } : value.image);
  if (layers.images.length === 0) return null;
  const painted = nineSlice && imageSize ? nineSliceToCss(value.image, imageSize) : backgroundCss(layers);
  return {
    position: 'absolute',
    inset: 0,
    zIndex: -1,
    borderRadius: 'inherit',
    pointerEvents: 'none',
    opacity: imageOpacity(value.image),
    ...filterQualityToCss(value.image),
    ...painted,
  };
}

/** Flutter BoxConstraints as CSS min/max sizes; infinite maxima mean no limit. */
export function boxConstraintsToCss(value: unknown): CSSProperties {
  if (!isRecord(value)) return {};
  const css: CSSProperties = {};
  const minWidth = lengthToCss(value.minWidth);
  const maxWidth = maxLengthToCss(value.maxWidth);
  const minHeight = lengthToCss(value.minHeight);
  const maxHeight = maxLengthToCss(value.maxHeight);
  if (minWidth !== undefined) css.minWidth = minWidth;
  if (maxWidth !== undefined) css.maxWidth = maxWidth;
  if (minHeight !== undefined) css.minHeight = minHeight;
  if (maxHeight !== undefined) css.maxHeight = maxHeight;
  return css;
}
