/** The media widgets: type -> component, one entry per spec in src/stac-schema/widgets/mediaSpecs.ts. */
import type { CategoryWidgets } from '../categoryWidgets';
import { CircleAvatarWidget, ImageWidget, WebViewWidget } from './mediaWidgets';

export const mediaWidgets: CategoryWidgets<'media'> = {
  image: ImageWidget,
  circleAvatar: CircleAvatarWidget,
  webView: WebViewWidget,
};
