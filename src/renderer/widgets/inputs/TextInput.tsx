/**
 * textField and textFormField: Flutter's TextField with its InputDecoration. The field's box (fill,
 * border, prefix and suffix) holds the label and what the user types; the error or helper text and the
 * counter sit below; InputDecoration.icon sits before the whole field, outside its border and fill.
 */
import type { CSSProperties } from 'react';
import type { StacWidgetProps } from '../../contract';
import { StacChild } from '../../widgetApi';
import {
  booleanOf,
  colorToCss,
  edgeInsetsToCss,
  roleColor,
  stringOf,
  themeTextStyleToCss,
} from '../../values';
import { widgetOf } from '../widgetProps';
import { fieldBorder } from './fieldDecoration';
import { TextEntry } from './TextEntry';
import { FieldSupportText, FloatingLabel, labelAreaStyle } from './TextFieldParts';
import { useTextFieldModel, type TextFieldModel } from './useTextFieldModel';

interface TextInputProps extends StacWidgetProps {
  type: 'textField' | 'textFormField';
}

export function TextInput({ node, path, type }: TextInputProps) {
  const model = useTextFieldModel(node);
  const { decoration, expands, enabled } = model;
  const icon = widgetOf(decoration.icon);
  const field = (
    <div
      className={icon ? undefined : `stac-${type}`}
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: '4px',
        width: '100%',
        height: expands ? '100%' : undefined,
        boxSizing: 'border-box',
        ...(icon ? { flex: '1 1 auto', minWidth: 0 } : { opacity: enabled ? undefined : 0.38 }),
        ...themeTextStyleToCss('bodyLarge'),
      }}
    >
      <FieldBox node={node} path={path} model={model} />
      <FieldSupportText model={model} />
    </div>
  );
  if (!icon) return field;
  return (
    <div
      className={`stac-${type}`}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: '16px',
        width: '100%',
        height: expands ? '100%' : undefined,
        boxSizing: 'border-box',
        opacity: enabled ? undefined : 0.38,
        color: roleColor('onSurfaceVariant'),
      }}
    >
      <StacChild node={icon} path={`${path}.decoration.icon`} />
      {field}
    </div>
  );
}

/** The decorated box: fill and border, prefix and suffix (icon, widget, text), the label and the entry. */
function FieldBox({ node, path, model }: StacWidgetProps & { model: TextFieldModel }) {
  const { decoration, multiline, label, labelShown } = model;
  const fillColor =
    colorToCss(decoration.fillColor) ??
    (booleanOf(decoration.filled, false) ? roleColor('surfaceContainerHighest') : 'transparent');
  const iconColor = (own: unknown) =>
    colorToCss(own) ?? colorToCss(decoration.iconColor) ?? roleColor('onSurfaceVariant');
  const prefixIcon = widgetOf(decoration.prefixIcon);
  const suffixIcon = widgetOf(decoration.suffixIcon);
  return (
    <div
      className="stac-field"
      style={
        {
          display: 'flex',
          alignItems: multiline ? 'flex-start' : 'center',
          gap: '12px',
          // Material 3 fields are 56 px tall with a label (it floats inside the box), 48 px without.
          minHeight: label ? '56px' : '48px',
          flex: model.expands ? '1 1 auto' : undefined,
          boxSizing: 'border-box',
          padding: edgeInsetsToCss(decoration.contentPadding) ?? '0 16px',
          position: 'relative',
          backgroundColor: fillColor,
          '--stac-field-fill': fillColor === 'transparent' ? undefined : fillColor,
          color: roleColor('onSurface'),
          ...fieldBorder(decoration, Boolean(model.shownError)),
        } as CSSProperties
      }
    >
      {prefixIcon ? (
        <span style={{ display: 'inline-flex', color: iconColor(decoration.prefixIconColor) }}>
          <StacChild node={prefixIcon} path={`${path}.decoration.prefixIcon`} />
        </span>
      ) : null}
      <StacChild node={decoration.prefix} path={`${path}.decoration.prefix`} />
      {stringOf(decoration.prefixText) ? <span aria-hidden>{stringOf(decoration.prefixText)}</span> : null}
      <div style={labelAreaStyle(model)}>
        {label && labelShown ? <FloatingLabel model={model} /> : null}
        <TextEntry node={node} path={path} model={model} />
      </div>
      {stringOf(decoration.suffixText) ? <span aria-hidden>{stringOf(decoration.suffixText)}</span> : null}
      <StacChild node={decoration.suffix} path={`${path}.decoration.suffix`} />
      {suffixIcon ? (
        <span style={{ display: 'inline-flex', color: iconColor(decoration.suffixIconColor) }}>
          <StacChild node={suffixIcon} path={`${path}.decoration.suffixIcon`} />
        </span>
      ) : null}
    </div>
  );
}
