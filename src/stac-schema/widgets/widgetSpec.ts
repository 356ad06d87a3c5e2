/**
 * What the widget specs of several categories share: the `widget()` builder and prop groups (buttons,
 * scrollables, flex, text fields). Property names are Flutter's.
 */
import { obj, type Shape } from '../shapes';
import { scrollPhysics } from '../formats';

export type Props = Record<string, Shape>;

/** One widget's spec: its Flutter props, and which of them the vocabulary requires. */

export function widget(
  type: string,
  props: Props,
  extra: { required?: string[]; requireOneOf?: string[] } = {},
) {
  return obj(type, props, extra);
}

export const physics = scrollPhysics;
