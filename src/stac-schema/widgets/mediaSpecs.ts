/** Specs of the media widgets (components: src/renderer/widgets/media/). */
import { A, W, enumOf, type ObjectShape } from '../shapes';
import { alignment, bool, boxFit, color, num, str, textDirection, imageUrl, frameUrl } from '../formats';
import { widget } from './widgetSpec';

export const mediaSpecs = {
  circleAvatar: widget('circleAvatar', {
    child: W,
    backgroundColor: color,
    backgroundImage: imageUrl,
    foregroundImage: imageUrl,
    onBackgroundImageError: A,
    onForegroundImageError: A,
    foregroundColor: color,
    radius: num,
    minRadius: num,
    maxRadius: num,
  }),
  image: widget(
    'image',
    {
      src: imageUrl,
      alignment,
      imageType: enumOf('StacImageType', ['network', 'asset', 'file']),
      color,
      width: num,
      height: num,
      fit: boxFit,
      semanticLabel: str,
    },
    { required: ['src'] },
  ),
  webView: widget(
    'webView',
    {
      url: frameUrl,
      javaScriptMode: enumOf('JavaScriptMode', ['disabled', 'unrestricted']),
      backgroundColor: color,
      userAgent: str,
      enableZoom: bool,
      layoutDirection: textDirection,
    },
    { required: ['url'] },
  ),
} satisfies Record<string, ObjectShape>;
