/**
 * Stac's value formats (docs/stac-vocabulary.md, "Value formats") as shapes. Leaf checks delegate to the
 * pure parsers of `./values`, so the schema and the renderer agree on what a colour or a number is. A format
 * that only one widget family uses is written in that family's specs (`widgets/inputsSpecs.ts` has the input
 * decoration), so that it comes with the family's chunk in the embed.
 */
import {
  MATERIAL_COLOR_NAMES,
  parseColor,
  parseNumber,
  parseAlignment,
  THEME_COLOR_ROLES,
  TEXT_STYLE_NAMES,
  ALIGNMENT_NAMES,
} from './values';
import { isTemplateString, TEMPLATE_REGEX_SOURCE } from './template';
import { urlTextAllowed, type UrlKind } from './urlPolicy';
import { enumOf, list, obj, union, type LeafShape, type SchemaKit, type Shape } from './shapes';

const SPECIAL_NUMBER_NAMES = ['infinity', 'negativeInfinity', 'maxFinite', 'minPositive', 'nan'] as const;

function leaf(def: Omit<LeafShape, 'k'>): LeafShape {
  return { k: 'leaf', ...def };
}

// The patterns mirror parseNumber/parseColor for editors; validation itself calls those parsers.
const NUMERIC_STRING_PATTERN = new RegExp(
  `^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*$|^\\s*(${SPECIAL_NUMBER_NAMES.join('|')})\\s*$|${TEMPLATE_REGEX_SOURCE}`,
);

const numberLikeString = ({ z }: SchemaKit) =>
  z
    .string()
    .check(z.regex(NUMERIC_STRING_PATTERN))
    .check(
      z.refine(
        (s) => parseNumber(s) !== null || isTemplateString(s),
        'expected a numeric string or a template',
      ),
    );

export const num = leaf({
  name: 'num',
  expected: 'a number (or a numeric string, "infinity", "maxFinite", or a template)',
  jsTypes: ['number', 'string'],
  check: (v) =>
    typeof v === 'number' || (typeof v === 'string' && (parseNumber(v) !== null || isTemplateString(v))),
  schema: (kit) => kit.z.union([kit.z.number(), numberLikeString(kit)]),
  coerce: 'number',
});

function isIntegerLike(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v);
  if (typeof v !== 'string') return false;
  if (isTemplateString(v)) return true;
  const n = parseNumber(v);
  return n !== null && Number.isInteger(n);
}

export const int = leaf({
  name: 'int',
  expected: 'a whole number (or a numeric string or a template)',
  jsTypes: ['number', 'string'],
  check: isIntegerLike,
  schema: ({ z }) =>
    z.union([
      z.number().check(z.int()),
      z.string().check(z.refine(isIntegerLike, 'expected a whole number')),
    ]),
  coerce: 'int',
});

export const bool = leaf({
  name: 'bool',
  expected: 'true or false (or a template)',
  jsTypes: ['boolean', 'string'],
  check: (v) => typeof v === 'boolean' || v === 'true' || v === 'false' || isTemplateString(v),
  schema: ({ z, template }) => z.union([z.boolean(), z.enum(['true', 'false']), template]),
  coerce: 'bool',
});

export const str = leaf({
  name: 'string',
  expected: 'a string',
  jsTypes: ['string'],
  check: (v) => typeof v === 'string',
  schema: ({ z }) => z.string(),
});

export const anyValue = leaf({
  name: 'any',
  expected: 'any JSON value',
  jsTypes: ['string', 'number', 'boolean', 'array', 'object'],
  check: () => true,
  schema: ({ z }) => z.unknown(),
});

export const color = leaf({
  name: 'colour',
  expected:
    'a colour: "#RRGGBB", "#AARRGGBB" (alpha first), a theme role such as "primary", a Material name such as "blueAccent", optionally with "@NN" opacity',
  jsTypes: ['string'],
  check: (v) => typeof v === 'string' && (parseColor(v) !== null || isTemplateString(v)),
  schema: ({ z, template, withMeta }) =>
    withMeta(
      z
        .union([
          z.enum([...THEME_COLOR_ROLES, ...Object.keys(MATERIAL_COLOR_NAMES)] as [string, ...string[]]),
          z
            .string()
            .check(z.regex(/^(#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[A-Za-z][A-Za-z0-9]*)(@\d+(\.\d+)?)?$/)),
          template,
        ])
        .check(z.refine((v) => parseColor(v) !== null || isTemplateString(v), 'not a known colour')),
      {
        description:
          'Colour: "#RRGGBB", "#AARRGGBB" (alpha first), a theme role or Material colour name, optional "@NN" opacity.',
        examples: ['#FF6750A4', '#6750A4', 'primary', 'onSurface@60', 'blueAccent'],
      },
    ),
  soft: true,
  note: 'Stac paints an unknown colour transparent.',
  names: [...THEME_COLOR_ROLES],
});

/**
 * A URL leaf checked by the one URL policy (./urlPolicy) for what the URL becomes, so publishing refuses
 * exactly what the renderer would refuse: an image `src`, a web view, a request.
 */
function urlOf(kind: UrlKind, name: string, expected: string): LeafShape {
  const options = { kind };
  const allowed = (v: unknown): boolean => typeof v === 'string' && urlTextAllowed(v, options);
  return leaf({
    name,
    expected,
    jsTypes: ['string'],
    check: allowed,
    schema: ({ z }) => z.string().check(z.refine(allowed, `refused by the URL policy: ${expected}`)),
    soft: true,
    code: 'unsafe_url',
    note: 'The renderer refuses such URLs (docs/authoring.md, "URLs").',
    checkTemplates: true,
  });
}

/** An image `src`: http(s), a relative asset path, or a small base64 png/jpeg/gif/webp/avif data: image. */
export const imageUrl = urlOf(
  'image',
  'imageUrl',
  'an http(s) URL, an asset path or a base64 png/jpeg/gif/webp/avif data: image of at most 64 KB',
);
/** A web view's page: absolute http(s) only (framing the host's own pages is refused). */
export const frameUrl = urlOf('frame', 'frameUrl', 'an absolute http(s) URL');
/** A request's target (widgets that load JSON, networkRequest). */
export const requestUrl = urlOf('request', 'requestUrl', 'an http(s) URL or a path of this app');

export const icon = leaf({
  name: 'icon',
  expected: 'an icon name such as "home" or "shopping_cart_outlined"',
  jsTypes: ['string'],
  check: (v) => typeof v === 'string',
  schema: ({ z, withMeta }) =>
    withMeta(z.string(), { examples: ['home', 'search', 'arrow_back_ios_new', 'shopping_cart_outlined'] }),
});

export const textStyleName = enumOf('TextStyle name', TEXT_STYLE_NAMES);

export const alignmentName = leaf({
  name: 'alignment',
  expected: `an alignment name (${ALIGNMENT_NAMES.join(', ')}) or {dx, dy}`,
  jsTypes: ['string'],
  check: (v) => typeof v === 'string' && (parseAlignment(v) !== null || isTemplateString(v)),
  schema: ({ z, template }) => z.union([z.enum(ALIGNMENT_NAMES as [string, ...string[]]), template]),
  names: ALIGNMENT_NAMES,
});

// ---------------------------------------------------------------------------------------------------------
// Enums (Flutter names as written)

export const mainAxisAlignment = enumOf('MainAxisAlignment', [
  'start',
  'end',
  'center',
  'spaceBetween',
  'spaceAround',
  'spaceEvenly',
]);
export const textDirection = enumOf('TextDirection', ['ltr', 'rtl']);
export const verticalDirection = enumOf('VerticalDirection', ['up', 'down']);
export const clip = enumOf('Clip', ['none', 'hardEdge', 'antiAlias', 'antiAliasWithSaveLayer']);
export const boxFit = enumOf('BoxFit', [
  'fill',
  'contain',
  'cover',
  'fitWidth',
  'fitHeight',
  'none',
  'scaleDown',
]);
export const axis = enumOf('Axis', ['horizontal', 'vertical']);
export const textAlign = enumOf('TextAlign', ['left', 'right', 'center', 'justify', 'start', 'end']);
export const dragStartBehavior = enumOf('DragStartBehavior', ['start', 'down']);
export const blendMode = enumOf('BlendMode', [
  'clear',
  'src',
  'dst',
  'srcOver',
  'dstOver',
  'srcIn',
  'dstIn',
  'srcOut',
  'dstOut',
  'srcATop',
  'dstATop',
  'xor',
  'plus',
  'modulate',
  'screen',
  'overlay',
  'darken',
  'lighten',
  'colorDodge',
  'colorBurn',
  'hardLight',
  'softLight',
  'difference',
  'exclusion',
  'multiply',
  'hue',
  'saturation',
  'color',
  'luminosity',
]);
export const fontWeight = enumOf('FontWeight', [
  'w100',
  'w200',
  'w300',
  'w400',
  'w500',
  'w600',
  'w700',
  'w800',
  'w900',
  'normal',
  'bold',
]);
export const fontStyle = enumOf('FontStyle', ['normal', 'italic']);
export const textDecoration = enumOf('TextDecoration', ['none', 'underline', 'overline', 'lineThrough']);
export const autovalidateMode = enumOf('AutovalidateMode', [
  'disabled',
  'always',
  'onUserInteraction',
  'onUnfocus',
]);
export const materialTapTargetSize = enumOf('MaterialTapTargetSize', ['padded', 'shrinkWrap']);
export const hitTestBehavior = enumOf('HitTestBehavior', ['deferToChild', 'opaque', 'translucent']);
export const navigationStyle = enumOf('NavigationStyle', [
  'push',
  'pop',
  'pushReplacement',
  'pushAndRemoveAll',
  'popAll',
  'pushNamed',
  'pushNamedAndRemoveAll',
  'pushReplacementNamed',
]);
export const httpMethod = enumOf('HTTP method', ['get', 'post', 'put', 'patch', 'delete']);
export const brightness = enumOf('Brightness', ['light', 'dark']);

// ---------------------------------------------------------------------------------------------------------
// Composite formats

export const numList4 = list(num, 4);

export const edgeInsets = union(
  'EdgeInsets',
  'EdgeInsets: a number, a list [left, top, right, bottom] or {left, top, right, bottom}',
  [
    num,
    numList4,
    obj('EdgeInsets', {
      left: num,
      top: num,
      right: num,
      bottom: num,
      horizontal: num,
      vertical: num,
      all: num,
    }),
  ],
);

export const borderRadius = union(
  'BorderRadius',
  'BorderRadius: a number, a list [topLeft, topRight, bottomLeft, bottomRight] or an object with those keys',
  [
    num,
    numList4,
    obj('BorderRadius', { topLeft: num, topRight: num, bottomLeft: num, bottomRight: num, all: num }),
  ],
);

export const offset = obj('Offset', { dx: num, dy: num });

export const alignment = union('Alignment', alignmentName.expected, [alignmentName, offset]);

export const size = obj('Size', { width: num, height: num });

/** Stac's StacRect (positioned.rect, decorationImage.centerSlice, hero.createRectTween). */
export const rect = obj(
  'Rect',
  {
    rectType: enumOf('StacRectType', ['fromCenter', 'fromCircle', 'fromLTRB', 'fromLTWH', 'fromPoints']),
    center: offset,
    a: offset,
    b: offset,
    width: num,
    height: num,
    left: num,
    top: num,
    right: num,
    bottom: num,
    radius: num,
  },
  { required: ['rectType'] },
);

/**
 * Stac's VisualDensity is `{horizontal, vertical}` (StacVisualDensity, -4..4); Flutter's named densities are
 * accepted too, as documents written from Flutter code use them.
 */
export const visualDensity = union(
  'VisualDensity',
  'a VisualDensity: {horizontal, vertical} (each -4 to 4) or "standard", "comfortable", "compact"',
  [
    enumOf('VisualDensity name', ['standard', 'comfortable', 'compact', 'adaptivePlatformDensity']),
    obj('VisualDensity', { horizontal: num, vertical: num }, { required: ['horizontal', 'vertical'] }),
  ],
);

/** Stac's StacScrollPhysics, plus Flutter names older documents use (`always`, `fixedExtent`, `range`). */
export const scrollPhysics = enumOf('ScrollPhysics', [
  'never',
  'always',
  'bouncing',
  'clamping',
  'fixed',
  'page',
  'fixedExtent',
  'range',
]);

export const mouseCursor = enumOf('MouseCursor', [
  'none',
  'basic',
  'click',
  'forbidden',
  'wait',
  'progress',
  'contextMenu',
  'help',
  'text',
  'verticalText',
  'cell',
  'precise',
  'move',
  'grab',
  'grabbing',
  'noDrop',
  'alias',
  'copy',
  'disappearing',
  'allScroll',
  'resizeLeftRight',
  'resizeUpDown',
  'resizeUpLeftDownRight',
  'resizeUpRightDownLeft',
  'resizeUp',
  'resizeDown',
  'resizeLeft',
  'resizeRight',
  'resizeUpLeft',
  'resizeUpRight',
  'resizeDownLeft',
  'resizeDownRight',
  'resizeColumn',
  'resizeRow',
  'zoomIn',
  'zoomOut',
]);

export const duration = union(
  'Duration',
  'a Duration {days, hours, minutes, seconds, milliseconds} or milliseconds',
  [
    num,
    obj('Duration', {
      days: num,
      hours: num,
      minutes: num,
      seconds: num,
      milliseconds: num,
      microseconds: num,
    }),
  ],
);

export const textStyleObject = obj('TextStyle', {
  color,
  backgroundColor: color,
  fontSize: num,
  fontWeight,
  fontStyle,
  fontFamily: str,
  fontFamilyFallback: list(str),
  letterSpacing: num,
  wordSpacing: num,
  height: num,
  decoration: textDecoration,
  decorationColor: color,
  textBaseline: enumOf('TextBaseline', ['alphabetic', 'ideographic']),
  styleFromTheme: textStyleName,
});

export const textStyle = union(
  'TextStyle',
  `a TextStyle: a theme style name (${TEXT_STYLE_NAMES.join(', ')}) or {fontSize, fontWeight, color, ...}`,
  [textStyleName, textStyleObject],
);

export const borderSide = obj('BorderSide', {
  color,
  width: num,
  strokeAlign: num,
  borderStyle: enumOf('BorderStyle', ['solid', 'none']),
});

export const boxConstraints = obj('BoxConstraints', {
  minWidth: num,
  maxWidth: num,
  minHeight: num,
  maxHeight: num,
});

export const gradient = obj('Gradient', {
  colors: list(color),
  stops: list(num),
  gradientType: enumOf('GradientType', ['linear', 'radial', 'sweep']),
  begin: alignment,
  end: alignment,
  center: alignment,
  radius: num,
  focal: alignment,
  focalRadius: num,
  startAngle: num,
  endAngle: num,
  tileMode: enumOf('TileMode', ['clamp', 'repeated', 'mirror', 'decal']),
});

export const boxShadow = obj('BoxShadow', {
  color,
  blurRadius: num,
  spreadRadius: num,
  offset,
  blurStyle: enumOf('BlurStyle', ['normal', 'solid', 'outer', 'inner']),
});

export const decorationImage = obj(
  'DecorationImage',
  {
    src: imageUrl,
    fit: boxFit,
    alignment,
    repeat: enumOf('ImageRepeat', ['repeat', 'repeatX', 'repeatY', 'noRepeat']),
    opacity: num,
    imageType: enumOf('StacImageType', ['network', 'asset', 'file']),
    scale: num,
    filterQuality: enumOf('FilterQuality', ['none', 'low', 'medium', 'high']),
    centerSlice: rect,
    matchTextDirection: bool,
    invertColors: bool,
    isAntiAlias: bool,
  },
  { required: ['src'] },
);

export const boxDecoration = obj('BoxDecoration', {
  color,
  shape: enumOf('BoxShape', ['rectangle', 'circle']),
  borderRadius,
  border: borderSide,
  boxShadow: list(boxShadow),
  gradient,
  image: decorationImage,
  backgroundBlendMode: blendMode,
});

export const shapeBorder = obj('Shape', {
  borderType: enumOf('BorderType', [
    'circleBorder',
    'roundedRectangleBorder',
    'stadiumBorder',
    'beveledRectangleBorder',
    'continuousRectangleBorder',
    'linearBorder',
    'starBorder',
    'ovalBorder',
  ]),
  side: borderSide,
  borderRadius,
  data: obj('ShapeData', { side: borderSide, borderRadius }),
});

export const buttonStyle = obj('ButtonStyle', {
  foregroundColor: color,
  backgroundColor: color,
  disabledForegroundColor: color,
  disabledBackgroundColor: color,
  overlayColor: color,
  shadowColor: color,
  surfaceTintColor: color,
  iconColor: color,
  disabledIconColor: color,
  minimumSize: size,
  fixedSize: size,
  maximumSize: size,
  padding: edgeInsets,
  elevation: num,
  textStyle,
  side: borderSide,
  shape: shapeBorder,
  alignment,
  iconSize: num,
  enableFeedback: bool,
  visualDensity,
  tapTargetSize: materialTapTargetSize,
  iconAlignment: enumOf('IconAlignment', ['start', 'end']),
  enabledMouseCursor: mouseCursor,
  disabledMouseCursor: mouseCursor,
});

export const iconTheme = obj('IconTheme', { color, size: num, opacity: num });

/** Stac's Request model (dynamicView, networkWidget, navigate, showDialog). */
export const request = obj(
  'Request',
  {
    url: requestUrl,
    method: httpMethod,
    headers: anyValue,
    queryParameters: anyValue,
    body: anyValue,
    contentType: str,
  },
  { required: ['url'] },
);

export const keyValue = obj('KeyValue', { key: str, value: anyValue }, { required: ['key'] });

/** A Shape that accepts anything: for values whose detailed model is not part of our vocabulary. */
export const looseObject = obj('object', {});

export function isShape(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && 'k' in value;
}

export const SPECIAL_NUMBERS: readonly string[] = SPECIAL_NUMBER_NAMES;
