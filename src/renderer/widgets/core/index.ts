/**
 * Widgets whose behaviour is renderer state rather than looks (`setValue`, `form`); one entry per spec in
 * src/stac-schema/widgets/coreSpecs.ts. They sit under the built-in widgets in the default registry.
 */
import type { CategoryWidgets } from '../categoryWidgets';
import { FormWidget, SetValueWidget } from './coreWidgets';

export const coreWidgets: CategoryWidgets<'core'> = Object.freeze({
  setValue: SetValueWidget,
  form: FormWidget,
});

export { FormWidget, SetValueWidget };
