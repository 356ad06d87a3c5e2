import type { CSSProperties } from 'react';
import type { StacWidgetProps } from '../../contract';
import { useStacDispatch } from '../../widgetApi';
import { booleanOf, stringOf, textAlignToCss, textStyleToCss } from '../../values';
import { eventScope } from '../widgetProps';
import { CAPITALIZE, KEYBOARD_TYPES } from './fieldDecoration';
import type { TextFieldModel } from './useTextFieldModel';

const ENTER_KEY_HINTS = new Set(['next', 'search', 'send', 'done']);

/** The text a field's style and hintStyle ask for; the placeholder reads the hint through CSS variables. */
function entryStyle(
  node: StacWidgetProps['node'],
  decoration: Record<string, unknown>,
  multiline: boolean,
): CSSProperties {
  const hintStyle = textStyleToCss(decoration.hintStyle);
  return {
    flex: '1 1 auto',
    minWidth: 0,
    border: 'none',
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    padding: 0,
    resize: multiline ? 'vertical' : undefined,
    textAlign: textAlignToCss(node.textAlign),
    ...textStyleToCss(node.style),
    // hintStyle paints the placeholder (a stylesheet rule reads these variables).
    ...({
      '--stac-hint-color': hintStyle.color,
      '--stac-hint-size': hintStyle.fontSize,
      '--stac-hint-weight': hintStyle.fontWeight,
      '--stac-hint-style': hintStyle.fontStyle,
    } as CSSProperties),
  };
}

/**
 * The element the user types in: a <textarea> for a multi-line field, else an <input> whose type,
 * inputmode and enter key follow the field's keyboard settings. Typing dispatches onChanged, Enter
 * onSubmitted (or onFieldSubmitted / onEditingComplete).
 */
export function TextEntry({ node, path, model }: StacWidgetProps & { model: TextFieldModel }) {
  const dispatch = useStacDispatch();
  const { inputId, value, label, labelShown, hint, shownError, helper, multiline, expands } = model;
  const describedBy = [shownError ? `${inputId}-error` : null, helper ? `${inputId}-helper` : null]
    .filter(Boolean)
    .join(' ');
  const style = entryStyle(node, model.decoration, multiline);
  const common = {
    id: inputId,
    className: 'stac-input',
    value,
    placeholder: model.showHint ? hint : undefined,
    onFocus: () => model.setFocused(true),
    onBlur: () => model.setFocused(false),
    disabled: !model.enabled,
    readOnly: booleanOf(node.readOnly, false),
    maxLength: model.maxLength,
    autoFocus: booleanOf(node.autofocus, false),
    autoCapitalize:
      typeof node.textCapitalization === 'string' ? CAPITALIZE[node.textCapitalization] : undefined,
    'aria-invalid': shownError ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-label': label
      ? labelShown
        ? undefined
        : label
      : (hint ?? stringOf(node.semanticLabel) ?? 'Text field'),
    style,
  };
  const onChange = (next: string) => {
    model.setValue(next);
    dispatch(node.onChanged, `${path}.onChanged`, eventScope(next));
  };

  if (multiline) {
    const { maxLines, minLines } = model;
    return (
      <textarea
        {...common}
        rows={Math.max(minLines ?? 1, maxLines && maxLines > 0 ? Math.min(maxLines, 3) : 3)}
        style={{ ...style, padding: '12px 0', ...(expands ? { alignSelf: 'stretch', resize: 'none' } : {}) }}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  const keyboard = (typeof node.keyboardType === 'string' && KEYBOARD_TYPES[node.keyboardType]) || {};
  const action = typeof node.textInputAction === 'string' ? node.textInputAction : '';
  return (
    <input
      {...common}
      type={booleanOf(node.obscureText, false) ? 'password' : (keyboard.type ?? 'text')}
      inputMode={keyboard.inputMode}
      enterKeyHint={ENTER_KEY_HINTS.has(action) ? (action as 'next' | 'search' | 'send' | 'done') : undefined}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          dispatch(
            node.onSubmitted ?? node.onFieldSubmitted ?? node.onEditingComplete,
            `${path}.onSubmitted`,
            eventScope(value),
          );
        }
      }}
    />
  );
}
