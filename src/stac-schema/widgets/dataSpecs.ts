/** Specs of the data widgets (components: src/renderer/widgets/data/). */
import { W, type ObjectShape } from '../shapes';
import { request, str } from '../formats';
import { widget } from './widgetSpec';

export const dataSpecs = {
  dynamicView: widget(
    'dynamicView',
    {
      request,
      targetPath: str,
      template: W,
      resultTarget: str,
      loaderWidget: W,
      errorWidget: W,
      emptyTemplate: W,
    },
    { required: ['request', 'template'] },
  ),
  networkWidget: widget('networkWidget', { request }, { required: ['request'] }),
} satisfies Record<string, ObjectShape>;
