/** Text family: `text` (with spans, theme styles and line clamping) and `icon`. */
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import type { StacWidgetProps } from '../../contract';
import { hookFreeWidget, useStacDispatch, useStacRenderMode } from '../../widgetApi';
import { MaterialIcon } from '../../icons';
import {
  booleanOf,
  colorToCss,
  definedStyle,
  numberOf,
  stringOf,
  textAlignToCss,
  textStyleToCss,
} from '../../values';
import { isRecord, listOf } from '../widgetProps';
import { FONT_WEIGHT_CLASSES } from '../widgetStyles';
import { useIconTheme } from '../iconTheme';
import { useBareLabel } from '../buttonLabel';

/**
 * Flutter's TextOverflow.fade: a single line (maxLines 1 or no soft wrap) fades out horizontally over about
 * the width of an ellipsis at its end; several lines fade the last line out vertically. CSS has no
 * "only when overflowing" switch, so the fade is always drawn: text shorter than its box never reaches the
 * faded end unless the box shrink-wraps it.
 */
function fadeMask(singleLine: boolean): CSSProperties {
  const gradient = singleLine
    ? 'linear-gradient(to right, #000 calc(100% - 1.5em), transparent)'
    : 'linear-gradient(to bottom, #000 calc(100% - 1lh), transparent)';
  return { maskImage: gradient, WebkitMaskImage: gradient };
}

function lineClampStyle(maxLines: number | undefined, overflow: unknown, softWrap: boolean): CSSProperties {
  const css: CSSProperties = {};
  const fade = overflow === 'fade';
  if (!softWrap) {
    css.whiteSpace = 'pre';
    if (fade) Object.assign(css, { overflow: 'hidden' }, fadeMask(true));
  }
  if (maxLines === undefined || maxLines <= 0) return css;
  const ellipsis = overflow === 'ellipsis';
  if (maxLines === 1) {
    return {
      ...css,
      whiteSpace: 'pre',
      overflow: 'hidden',
      textOverflow: ellipsis ? 'ellipsis' : 'clip',
      ...(fade ? fadeMask(true) : {}),
    };
  }
  return {
    ...css,
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: maxLines,
    lineClamp: maxLines,
    overflow: 'hidden',
    ...(fade && softWrap ? fadeMask(false) : {}),
  } as CSSProperties;
}

function TextSpans({ spans, path }: { spans: unknown[]; path: string }) {
  const dispatch = useStacDispatch();
  return (
    <>
      {spans.map((span, index) => {
        if (!isRecord(span)) return null;
        const spanPath = `${path}[${index}]`;
        const text = stringOf(span.text ?? span.data) ?? '';
        const nested = listOf(span.children);
        const style = textStyleToCss(span.style);
        const content: ReactNode = (
          <>
            {text}
            {nested.length > 0 ? <TextSpans spans={nested} path={`${spanPath}.children`} /> : null}
          </>
        );
        if (span.onTap !== undefined && span.onTap !== null) {
          const activate = () => dispatch(span.onTap, `${spanPath}.onTap`);
          return (
            <span
              key={index}
              role="link"
              tabIndex={0}
              className="stac-focus"
              style={{ cursor: 'pointer', ...style }}
              onClick={activate}
              onKeyDown={(event: KeyboardEvent) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  activate();
                }
              }}
            >
              {content}
            </span>
          );
        }
        return (
          <span key={index} style={style}>
            {content}
          </span>
        );
      })}
    </>
  );
}

/**
 * A text's inline style, from what its node sets: most texts of a list set none of it, and build no object
 * for each of the five (display, margin, min-width, overflow-wrap and white-space come from `.stac-text`).
 * The keys come in the order they always did: the style, copyWithStyle, alignment, direction, line clamp.
 */
function textStyle(node: StacWidgetProps['node']): CSSProperties {
  const style: CSSProperties = {};
  if (node.style !== undefined) Object.assign(style, textStyleToCss(node.style));
  if (node.copyWithStyle !== undefined) Object.assign(style, textStyleToCss(node.copyWithStyle));
  const align = textAlignToCss(node.textAlign);
  if (align !== undefined) style.textAlign = align;
  if (node.textDirection === 'rtl' || node.textDirection === 'ltr') style.direction = node.textDirection;
  // Wrapping and no line limit (the defaults) add nothing.
  if (node.maxLines !== undefined || node.softWrap !== undefined) {
    Object.assign(
      style,
      lineClampStyle(numberOf(node.maxLines), node.overflow, booleanOf(node.softWrap, true)),
    );
  }
  return style;
}

/**
 * A text's class: `stac-text`, and its weight as a class of the shared stylesheet when it is one of the nine
 * (`stac-weight-700`; fontWeightCss), taken out of the inline style: a list of bold names writes no style.
 */
function textClassName(style: CSSProperties): string {
  const weight = style.fontWeight;
  if (typeof weight !== 'number' || !FONT_WEIGHT_CLASSES.has(weight)) return 'stac-text';
  style.fontWeight = undefined; // definedStyle leaves it out
  return (WEIGHT_CLASS_NAMES[weight] ??= `stac-text stac-weight-${weight}`);
}

/** A bold text's class, made once per weight rather than per text of a list. */
const WEIGHT_CLASS_NAMES: Record<number, string> = {};

// Hook-free (TextSpans has its own fiber): the node view calls it as a function, one fiber less per text.
export const TextWidget = hookFreeWidget(function TextWidget({ node, path }: StacWidgetProps) {
  // `content` is the simple form of the Invenicum plugin docs.
  const data = stringOf(node.data) ?? stringOf(node.content) ?? stringOf(node.text) ?? '';
  const spans = listOf(node.children);
  const scale = numberOf(node.textScaleFactor);
  const style = textStyle(node);
  if (scale !== undefined && scale > 0) {
    style.fontSize = `calc(${style.fontSize ?? '1em'} * ${scale})`;
  }
  const className = textClassName(style);
  const label = stringOf(node.semanticsLabel);
  const inline = definedStyle(style);
  // A Material button's plain label (buttonLabel.ts): the button carries `stac-text` and draws the text.
  const bare = useBareLabel(path);
  if (bare && spans.length === 0 && !label && inline === undefined && className === 'stac-text') return data;
  // A lone string child becomes the span's text content, without a text fiber of its own.
  const content =
    spans.length > 0 ? (
      <>
        {data}
        <TextSpans spans={spans} path={`${path}.children`} />
      </>
    ) : (
      data
    );
  if (label) {
    // Flutter's semanticsLabel replaces what a screen reader says, not what is shown.
    return (
      <span className={className} style={inline}>
        <span aria-hidden>{content}</span>
        <span className="stac-visually-hidden">{label}</span>
      </span>
    );
  }
  return (
    <span className={className} style={inline}>
      {content}
    </span>
  );
});

export function IconWidget({ node }: StacWidgetProps) {
  const mode = useStacRenderMode();
  const iconTheme = useIconTheme();
  const name = stringOf(node.icon) ?? '';
  return (
    <MaterialIcon
      name={name}
      iconType={node.iconType}
      size={numberOf(node.size) ?? iconTheme.size ?? 24}
      color={colorToCss(node.color)}
      label={stringOf(node.semanticLabel)}
      showUnknown={mode === 'preview'}
    />
  );
}
