/** Specs of the text widgets (components: src/renderer/widgets/text/). */
import { enumOf, list, type ObjectShape, A, obj, type Shape } from '../shapes';
import { bool, color, icon, int, num, str, textAlign, textDirection, textStyle } from '../formats';
import { widget } from './widgetSpec';

// Value formats only this family's widgets use: they load with its chunk, not with every page.
const textOverflow = enumOf('TextOverflow', ['clip', 'fade', 'ellipsis', 'visible']);

const textSpanProps: Record<string, Shape> = { data: str, style: textStyle, onTap: A, semanticsLabel: str };
const textSpan: ObjectShape = obj('TextSpan', textSpanProps);
// A span nests spans: the cycle is closed after construction (the walkers guard against cycles).
textSpanProps.children = list(textSpan);

export const textSpecs = {
  icon: widget(
    'icon',
    {
      icon,
      iconType: enumOf('IconType', ['material', 'cupertino']),
      size: num,
      color,
      semanticLabel: str,
      textDirection,
    },
    { required: ['icon'] },
  ),
  text: widget(
    'text',
    {
      data: str,
      // The simple form of the Invenicum plugin API docs writes `content` instead of `data`.
      content: str,
      children: list(textSpan),
      style: textStyle,
      textAlign,
      textDirection,
      softWrap: bool,
      overflow: textOverflow,
      textScaleFactor: num,
      maxLines: int,
      semanticsLabel: str,
      textWidthBasis: enumOf('TextWidthBasis', ['parent', 'longestLine']),
      selectionColor: color,
      copyWithStyle: textStyle,
    },
    { requireOneOf: ['data', 'content'] },
  ),
} satisfies Record<string, ObjectShape>;
