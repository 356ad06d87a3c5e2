import { useId, useState } from 'react';
import type { StacWidgetProps } from '../../contract';
import { useFormField } from '../../widgetApi';
import { booleanOf, numberOf, stringOf } from '../../values';
import { isRecord } from '../widgetProps';
import { isOutlined } from './fieldDecoration';

/**
 * What a text field shows at this moment, read from its node and its form value: the label (resting inside
 * the box or floating to its top), hint, helper and error, and whether it is multi-line, enabled, capped.
 */
export function useTextFieldModel(node: StacWidgetProps['node']) {
  const inputId = useId();
  const decoration = isRecord(node.decoration) ? node.decoration : {};
  const [value, setValue, error] = useFormField<string>(
    stringOf(node.id),
    stringOf(node.initialValue) ?? '',
    { rules: node.validatorRules, autovalidateMode: node.autovalidateMode },
  );
  const [focused, setFocused] = useState(false);
  const label = stringOf(decoration.labelText);
  const hint = stringOf(decoration.hintText) ?? stringOf(node.hintText);
  const maxLines = numberOf(node.maxLines);
  // expands: the field fills its parent's height (a sizedBox) as a multi-line area.
  const expands = booleanOf(node.expands, false);

  // Flutter's InputDecorator: the label rests inside the box as a placeholder and floats to its top on
  // focus or once there is text; the hint shows only while the label floats (or when there is no label).
  const labelBehavior = decoration.floatingLabelBehavior;
  const floating =
    label !== undefined &&
    labelBehavior !== 'never' &&
    (labelBehavior === 'always' || focused || value.length > 0);

  return {
    inputId,
    decoration,
    outlined: isOutlined(decoration),
    value,
    setValue,
    focused,
    setFocused,
    label,
    hint,
    helper: stringOf(decoration.helperText),
    shownError: stringOf(decoration.errorText) ?? error ?? undefined,
    floating,
    labelShown: label !== undefined && (floating || value.length === 0),
    // FloatingLabelAlignment.center: the floating label is centred on the whole field (prefix icon and
    // padding included), so it is placed against the field's box instead of the text area.
    centredLabel: floating && decoration.floatingLabelAlignment === 'center',
    showHint: hint !== undefined && (label === undefined || floating),
    maxLines,
    minLines: numberOf(node.minLines),
    expands,
    multiline:
      expands ||
      node.keyboardType === 'multiline' ||
      (maxLines !== undefined && maxLines > 1) ||
      maxLines === 0,
    enabled: booleanOf(node.enabled, true) && booleanOf(decoration.enabled, true),
    maxLength: numberOf(node.maxLength),
  };
}

export type TextFieldModel = ReturnType<typeof useTextFieldModel>;
