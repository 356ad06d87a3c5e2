/**
 * How Flutter's InputDecoration looks on the web: the border drawn inside the field, where an outlined
 * field's floating label sits, and which keyboard and capitalisation a field's settings ask the browser for.
 */
import type { CSSProperties } from 'react';
import { borderRadiusToCss, colorToCss, gradientToCss, numberOf, roleColor } from '../../values';
import { isRecord } from '../widgetProps';

export const KEYBOARD_TYPES: Record<
  string,
  { type?: string; inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url' }
> = {
  number: { inputMode: 'decimal' },
  numberWithOptions: { inputMode: 'decimal' },
  phone: { type: 'tel', inputMode: 'tel' },
  emailAddress: { type: 'email', inputMode: 'email' },
  url: { type: 'url', inputMode: 'url' },
  datetime: { inputMode: 'text' },
  visiblePassword: { type: 'text' },
  text: { type: 'text' },
};

export const CAPITALIZE: Record<string, string> = {
  words: 'words',
  sentences: 'sentences',
  characters: 'characters',
  none: 'off',
};

/**
 * InputDecorator's border, drawn inside the field as an inset shadow: Flutter paints it on the decoration
 * without taking layout space, so a 56 px field stays 56 px (a CSS border would add its width twice).
 * `--stac-field-focus` is the 2 px line the field shows while focused (widgetStyles.tsx): primary, or the
 * error colour; an underline field keeps an underline when focused.
 */
export function fieldBorder(decoration: Record<string, unknown>, error: boolean): CSSProperties {
  const border = isRecord(decoration.border) ? decoration.border : undefined;
  // Flutter's InputDecoration() without a border (and no theme) draws an underline, filled or not.
  const kind = border?.type ?? 'underlineInputBorder';
  const side = isRecord(border?.borderSide) ? border.borderSide : {};
  const color = error ? roleColor('error') : (colorToCss(side.color) ?? roleColor('outline'));
  const focus = error ? roleColor('error') : roleColor('primary');
  const width = numberOf(side.width) ?? 1;
  if (kind === 'none' || border?.type === 'inputBorder' || decoration.border === 'none')
    return { border: 'none' };
  if (kind === 'underlineInputBorder') {
    const line = error ? color : (colorToCss(side.color) ?? roleColor('onSurfaceVariant'));
    return {
      border: 'none',
      boxShadow: `inset 0 -${width}px 0 0 ${line}`,
      '--stac-field-focus': `inset 0 -${Math.max(width, 2)}px 0 0 ${focus}`,
      borderRadius: `${borderRadiusToCss(border?.borderRadius) ?? '4px 4px 0px 0px'}`,
    } as CSSProperties;
  }
  const gradient = gradientToCss(border?.gradient);
  if (gradient) {
    // A gradient outline: the gradient paints the border box, the fill covers the padding box.
    return {
      border: `${width}px solid transparent`,
      borderRadius: borderRadiusToCss(border?.borderRadius) ?? '4px',
      backgroundImage: `linear-gradient(var(--stac-field-fill, var(--stac-color-surface)), var(--stac-field-fill, var(--stac-color-surface))), ${gradient}`,
      backgroundOrigin: 'border-box',
      backgroundClip: 'padding-box, border-box',
    };
  }
  return {
    border: 'none',
    boxShadow: `inset 0 0 0 ${width}px ${color}`,
    '--stac-field-focus': `inset 0 0 0 ${Math.max(width, 2)}px ${focus}`,
    borderRadius: borderRadiusToCss(border?.borderRadius) ?? '4px',
  } as CSSProperties;
}

/** True when the decoration draws an outline (OutlineInputBorder), where a floating label sits on the edge. */
export function isOutlined(decoration: Record<string, unknown>): boolean {
  return isRecord(decoration.border) && decoration.border.type === 'outlineInputBorder';
}

/**
 * An outlined field's floating label sits centred on the top edge (bodySmall's 16 px line: 8 px above it),
 * with a 4 px gap cut into the outline on each side, as InputDecorator draws it.
 */
export const OUTLINED = { border: { type: 'outlineInputBorder' } };

export const FLOATING_ON_OUTLINE: CSSProperties = {
  top: '-8px',
  left: '-4px',
  padding: '0 4px',
  backgroundColor: 'var(--stac-field-fill, var(--stac-color-surface))',
};
