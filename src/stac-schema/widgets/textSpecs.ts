/** Specs of the text widgets (components: src/renderer/widgets/text/). */
import { enumOf, list, type ObjectShape } from '../shapes';
import {
  bool,
  color,
  icon,
  int,
  num,
  str,
  textAlign,
  textDirection,
  textOverflow,
  textSpan,
  textStyle,
} from '../formats';
import { widget } from './widgetSpec';

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
