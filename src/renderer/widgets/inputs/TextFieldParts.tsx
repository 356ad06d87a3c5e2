/** The parts of a text field around what the user types: its floating label and the lines below it. */
import type { CSSProperties } from 'react';
import { roleColor, themeTextStyleToCss } from '../../values';
import { FLOATING_ON_OUTLINE } from './fieldDecoration';
import type { TextFieldModel } from './useTextFieldModel';

/**
 * The label: inside the box while the field is empty and unfocused, floating to its top (on the outline
 * of an outlined field) otherwise; error, then focus, then rest colours.
 */
export function FloatingLabel({ model }: { model: TextFieldModel }) {
  const { inputId, label, floating, outlined, centredLabel, shownError, focused } = model;
  return (
    <label
      htmlFor={inputId}
      style={{
        position: 'absolute',
        left: 0,
        top: floating ? '8px' : '16px',
        pointerEvents: 'none',
        whiteSpace: 'nowrap',
        transition: 'top 150ms, font-size 150ms',
        ...themeTextStyleToCss(floating ? 'bodySmall' : 'bodyLarge'),
        ...(floating && outlined ? FLOATING_ON_OUTLINE : {}),
        ...(centredLabel ? { left: '50%', transform: 'translateX(-50%)' } : {}),
        color: shownError
          ? roleColor('error')
          : focused
            ? roleColor('primary')
            : roleColor('onSurfaceVariant'),
      }}
    >
      {label}
    </label>
  );
}

/** The box around the label and the text: room for a floating label, or none when there is no label. */
export function labelAreaStyle(model: TextFieldModel): CSSProperties {
  if (!model.label) return { display: 'contents' };
  return {
    position: model.centredLabel ? 'static' : 'relative',
    flex: '1 1 auto',
    minWidth: 0,
    alignSelf: 'stretch',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-end',
    boxSizing: 'border-box',
    padding: '24px 0 8px',
  };
}

const supportText = (color: string): CSSProperties => ({
  ...themeTextStyleToCss('bodySmall'),
  color,
  padding: '0 16px',
});

/** Below the field: the error (announced) or the helper text, and the character counter of a capped field. */
export function FieldSupportText({ model }: { model: TextFieldModel }) {
  const { inputId, shownError, helper, maxLength, value } = model;
  return (
    <>
      {shownError ? (
        <span id={`${inputId}-error`} role="alert" style={supportText(roleColor('error'))}>
          {shownError}
        </span>
      ) : helper ? (
        <span id={`${inputId}-helper`} style={supportText(roleColor('onSurfaceVariant'))}>
          {helper}
        </span>
      ) : null}
      {maxLength !== undefined ? (
        <span aria-hidden style={{ ...supportText(roleColor('onSurfaceVariant')), alignSelf: 'flex-end' }}>
          {value.length}/{maxLength}
        </span>
      ) : null}
    </>
  );
}
