/** Specs of the core widgets (components: src/renderer/widgets/core/). */
import { W, list, type ObjectShape } from '../shapes';
import { autovalidateMode, keyValue } from '../formats';
import { widget } from './widgetSpec';

export const coreSpecs = {
  form: widget('form', { autovalidateMode, child: W }, { required: ['child'] }),
  setValue: widget('setValue', { values: list(keyValue), child: W }),
} satisfies Record<string, ObjectShape>;
