/**
 * Inputs family: text fields, checkbox, switch, slider, radio groups, dropdown menu and autocomplete.
 * Native elements where the platform has one (labelled <input>, <select>, <input type=range>), ARIA
 * patterns where it does not (switch, combobox). Values live in `useFormField`, so `getFormValue` and
 * `validateForm` reach them by `id`.
 */
import {
  createContext,
  useContext,
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { StacWidgetProps } from '../../contract';
import { StacChild, useFormField, useStacDispatch } from '../../widgetApi';
import {
  booleanOf,
  colorToCss,
  materialColorToCss,
  numberOf,
  roleColor,
  stringOf,
  textStyleToCss,
  themeTextStyleToCss,
  mouseCursorToCss,
} from '../../values';
import { useControlLabelId, useFallbackControlName } from '../controlLabel';
import { MaterialIcon } from '../../icons';
import { eventScope, isRecord, listOf, widgetOf } from '../widgetProps';
import { fieldBorder, FLOATING_ON_OUTLINE, OUTLINED } from './fieldDecoration';
import { TextInput } from './TextInput';

export function TextFieldWidget(props: StacWidgetProps) {
  return <TextInput {...props} type="textField" />;
}

export function TextFormFieldWidget(props: StacWidgetProps) {
  return <TextInput {...props} type="textFormField" />;
}

export function CheckBoxWidget({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  const labelledBy = useControlLabelId();
  const tristate = booleanOf(node.tristate, false);
  const initial = node.value === null && tristate ? null : booleanOf(node.value, false);
  const [checked, setChecked] = useFormField<boolean | null>(stringOf(node.id), initial);
  const isError = booleanOf(node.isError, false);
  const { findNearbyLabel, ariaLabel } = useFallbackControlName(
    labelledBy,
    stringOf(node.semanticLabel),
    stringOf(node.id),
  );
  const on = checked !== false;
  // fillColor (a colour or a StacMaterialColor) paints the box in every state, as Stac's
  // WidgetStateProperty.all does; activeColor only the selected box.
  const fill =
    materialColorToCss(node.fillColor) ??
    (isError ? roleColor('error') : on ? (colorToCss(node.activeColor) ?? roleColor('primary')) : undefined);
  const mark = colorToCss(node.checkColor) ?? (isError ? roleColor('onError') : roleColor('onPrimary'));
  return (
    <span
      className="stac-checkBox"
      style={{ position: 'relative', display: 'inline-flex', padding: '11px', flexShrink: 0 }}
    >
      <input
        type="checkbox"
        className="stac-focus"
        checked={checked === true}
        ref={(element) => {
          if (element) element.indeterminate = checked === null;
          findNearbyLabel(element);
        }}
        aria-checked={checked === null ? 'mixed' : undefined}
        aria-invalid={isError || undefined}
        aria-labelledby={labelledBy}
        aria-label={ariaLabel}
        autoFocus={booleanOf(node.autofocus, false)}
        style={{
          // Drawn as Flutter draws it (box, fill, tick in checkColor); the native input keeps the semantics.
          appearance: 'none',
          width: '18px',
          height: '18px',
          margin: 0,
          boxSizing: 'border-box',
          borderRadius: '2px',
          border: on && fill ? 'none' : `2px solid ${fill ?? roleColor('onSurfaceVariant')}`,
          backgroundColor: on ? fill : 'transparent',
          cursor: mouseCursorToCss(node.mouseCursor) ?? 'pointer',
        }}
        onChange={() => {
          // Flutter's tristate order: false -> true -> null -> false.
          const next = tristate ? (checked === false ? true : checked === true ? null : false) : !checked;
          setChecked(next);
          dispatch(node.onChanged, `${path}.onChanged`, eventScope(next));
        }}
      />
      {on ? (
        <svg
          aria-hidden
          viewBox="0 0 18 18"
          width="18"
          height="18"
          style={{ position: 'absolute', left: '11px', top: '11px', pointerEvents: 'none', color: mark }}
        >
          <path
            d={checked === null ? 'M4 9h10' : 'M3.5 9.5l3.5 3.5 7.5-8'}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
        </svg>
      ) : null}
    </span>
  );
}

export function SwitchWidget({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  const labelledBy = useControlLabelId();
  const [on, setOn] = useFormField<boolean>(stringOf(node.id), booleanOf(node.value, false));
  // Stac's switchType: cupertino draws CupertinoSwitch (51 x 31, systemGreen, white 27 px thumb).
  const cupertino = node.switchType === 'cupertino';
  // thumbColor/trackColor/trackOutlineColor (a colour or a StacMaterialColor) hold in every state.
  const thumb = materialColorToCss(node.thumbColor);
  const track = materialColorToCss(node.trackColor);
  const activeTrack = cupertino
    ? (colorToCss(node.activeColor) ?? colorToCss(node.activeTrackColor) ?? 'rgb(52, 199, 89)')
    : (track ?? colorToCss(node.activeTrackColor) ?? colorToCss(node.activeColor) ?? roleColor('primary'));
  const inactiveTrack = cupertino
    ? (track ?? 'rgba(120, 120, 128, 0.16)')
    : (track ?? colorToCss(node.inactiveTrackColor) ?? roleColor('surfaceContainerHighest'));
  const activeThumb =
    thumb ??
    (cupertino
      ? 'rgb(255, 255, 255)'
      : (colorToCss(node.activeColor && node.activeTrackColor ? node.activeColor : undefined) ??
        roleColor('onPrimary')));
  const inactiveThumb =
    thumb ??
    (cupertino ? 'rgb(255, 255, 255)' : (colorToCss(node.inactiveThumbColor) ?? roleColor('outline')));
  const outline = materialColorToCss(node.trackOutlineColor);
  const size = cupertino
    ? { width: 51, height: 31, thumbOn: 27, thumbOff: 27, onLeft: 22, offLeft: 2 }
    : { width: 52, height: 32, thumbOn: 24, thumbOff: 16, onLeft: 22, offLeft: 6 };
  const { findNearbyLabel, ariaLabel } = useFallbackControlName(
    labelledBy,
    stringOf(node.semanticLabel),
    stringOf(node.id),
  );
  const toggle = () => {
    const next = !on;
    setOn(next);
    dispatch(node.onChanged, `${path}.onChanged`, eventScope(next));
  };
  return (
    <button
      type="button"
      role="switch"
      className="stac-switch stac-focus"
      ref={findNearbyLabel}
      aria-checked={on}
      aria-labelledby={labelledBy}
      aria-label={ariaLabel}
      autoFocus={booleanOf(node.autofocus, false)}
      onClick={toggle}
      style={{
        position: 'relative',
        width: `${size.width}px`,
        height: `${size.height}px`,
        flexShrink: 0,
        padding: 0,
        borderRadius: `${size.height / 2}px`,
        boxSizing: 'border-box',
        border: cupertino
          ? 'none'
          : on
            ? `2px solid ${outline ?? activeTrack}`
            : `2px solid ${outline ?? roleColor('outline')}`,
        backgroundColor: on ? activeTrack : inactiveTrack,
        cursor: 'pointer',
        transition: 'background-color 150ms',
      }}
    >
      <span
        aria-hidden
        style={{
          position: 'absolute',
          top: '50%',
          left: `${on ? size.onLeft : size.offLeft}px`,
          width: `${on ? size.thumbOn : size.thumbOff}px`,
          height: `${on ? size.thumbOn : size.thumbOff}px`,
          marginTop: `${-(on ? size.thumbOn : size.thumbOff) / 2}px`,
          borderRadius: '50%',
          boxShadow: cupertino ? '0 3px 8px rgba(0, 0, 0, 0.15), 0 3px 1px rgba(0, 0, 0, 0.06)' : undefined,
          backgroundColor: on ? activeThumb : inactiveThumb,
          transition: 'left 150ms, width 150ms, height 150ms, margin 150ms',
        }}
      />
    </button>
  );
}

export function SliderWidget({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  const labelledBy = useControlLabelId();
  const min = numberOf(node.min) ?? 0;
  const max = numberOf(node.max) ?? 1;
  const divisions = numberOf(node.divisions);
  const step = divisions && divisions > 0 ? (max - min) / divisions : 'any';
  const initial = Math.min(max, Math.max(min, numberOf(node.value) ?? min));
  const [value, setValue] = useFormField<number>(stringOf(node.id), initial);
  const label = stringOf(node.label);
  return (
    <input
      type="range"
      className="stac-slider stac-focus"
      min={min}
      max={max}
      step={step}
      value={value}
      aria-valuetext={label}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : (stringOf(node.semanticLabel) ?? label ?? 'Slider')}
      autoFocus={booleanOf(node.autofocus, false)}
      style={{
        width: '100%',
        minWidth: '120px',
        // Flutter's slider spans the whole width it gets; the browser's range input has a 2 px margin.
        margin: 0,
        accentColor: colorToCss(node.activeColor) ?? colorToCss(node.thumbColor) ?? roleColor('primary'),
        cursor: mouseCursorToCss(node.mouseCursor) ?? 'pointer',
      }}
      onPointerDown={() => dispatch(node.onChangeStart, `${path}.onChangeStart`, eventScope(value))}
      onPointerUp={(event) =>
        dispatch(
          node.onChangeEnd,
          `${path}.onChangeEnd`,
          eventScope(Number((event.target as HTMLInputElement).value)),
        )
      }
      onChange={(event) => {
        const next = Number(event.target.value);
        setValue(next);
        dispatch(node.onChanged, `${path}.onChanged`, eventScope(next));
      }}
    />
  );
}

interface RadioGroupState {
  name: string;
  value: unknown;
  select(value: unknown): void;
}

const RadioGroupContext = createContext<RadioGroupState | null>(null);

export function RadioGroupWidget({ node, path }: StacWidgetProps) {
  const name = useId();
  const [value, setValue] = useFormField<unknown>(stringOf(node.id), node.groupValue);
  const state = useMemo<RadioGroupState>(() => ({ name, value, select: setValue }), [name, value, setValue]);
  return (
    <div className="stac-radioGroup" role="radiogroup" style={{ display: 'contents' }}>
      <RadioGroupContext.Provider value={state}>
        <StacChild node={node.child} path={`${path}.child`} />
      </RadioGroupContext.Provider>
    </div>
  );
}

export function RadioWidget({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  const group = useContext(RadioGroupContext);
  const labelledBy = useControlLabelId();
  const fallbackName = useId();
  const [ownValue, setOwnValue] = useState<unknown>(node.groupValue);
  const selected = group ? (group.value ?? node.groupValue) : ownValue;
  const checked = selected !== undefined && selected !== null && String(selected) === String(node.value);
  const toggleable = booleanOf(node.toggleable, false);
  // A radio has no id of its own; its value is what the group stores, so it names the choice last.
  const { findNearbyLabel, ariaLabel } = useFallbackControlName(
    labelledBy,
    stringOf(node.semanticLabel),
    stringOf(node.value),
  );
  return (
    <input
      type="radio"
      className="stac-radio stac-focus"
      name={group?.name ?? fallbackName}
      value={stringOf(node.value) ?? ''}
      checked={checked}
      ref={findNearbyLabel}
      aria-labelledby={labelledBy}
      aria-label={ariaLabel}
      autoFocus={booleanOf(node.autofocus, false)}
      style={{
        width: '20px',
        height: '20px',
        margin: '10px',
        accentColor: colorToCss(node.activeColor) ?? roleColor('primary'),
        cursor: mouseCursorToCss(node.mouseCursor) ?? 'pointer',
        flexShrink: 0,
      }}
      onClick={() => {
        if (toggleable && checked) {
          if (group) group.select(null);
          else setOwnValue(null);
          dispatch(node.onChanged, `${path}.onChanged`, eventScope(null));
        }
      }}
      onChange={() => {
        if (group) group.select(node.value);
        else setOwnValue(node.value);
        dispatch(node.onChanged, `${path}.onChanged`, eventScope(node.value));
      }}
    />
  );
}

function entryLabel(entry: Record<string, unknown>): string {
  return stringOf(entry.label) ?? stringOf(entry.value) ?? '';
}

export function DropdownMenuWidget({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  const selectId = useId();
  const entries = listOf(node.dropdownMenuEntries).filter(isRecord);
  const [value, setValue] = useFormField<unknown>(stringOf(node.id), node.initialSelection ?? null);
  const selectedIndex = entries.findIndex((entry) => value !== null && String(entry.value) === String(value));
  const enabled = booleanOf(node.enabled, true);
  const hint = stringOf(node.hintText);
  const helper = stringOf(node.helperText);
  const errorText = stringOf(node.errorText);
  const width = numberOf(node.width);
  const label = widgetOf(node.label);
  const [focused, setFocused] = useState(false);
  // Flutter's DropdownMenu is an outlined text field: its label floats onto the edge once an entry is
  // chosen or the field has focus, and rests inside the box otherwise.
  const floating = label !== undefined && (selectedIndex >= 0 || focused);
  return (
    <div
      className="stac-dropdownMenu"
      style={{
        display: 'inline-flex',
        flexDirection: 'column',
        gap: '4px',
        width: width ? `${width}px` : undefined,
        ...themeTextStyleToCss('bodyLarge'),
      }}
    >
      <div
        className="stac-field"
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: '8px',
          minHeight: '56px',
          boxSizing: 'border-box',
          padding: '0 12px',
          ...fieldBorder(OUTLINED, Boolean(errorText)),
          color: roleColor('onSurface'),
        }}
      >
        <StacChild node={node.leadingIcon} path={`${path}.leadingIcon`} />
        <div
          style={{
            position: 'relative',
            flex: '1 1 auto',
            alignSelf: 'stretch',
            display: 'flex',
            alignItems: 'center',
            minWidth: 0,
          }}
        >
          {label ? (
            <label
              htmlFor={selectId}
              style={{
                position: 'absolute',
                left: 0,
                top: '16px',
                pointerEvents: 'none',
                // The label widget is a text that would wrap in the narrow box: one line, as Flutter's.
                width: 'max-content',
                whiteSpace: 'nowrap',
                ...themeTextStyleToCss(floating ? 'bodySmall' : 'bodyLarge'),
                ...(floating ? FLOATING_ON_OUTLINE : {}),
                color: errorText
                  ? roleColor('error')
                  : focused
                    ? roleColor('primary')
                    : roleColor('onSurfaceVariant'),
              }}
            >
              <StacChild node={label} path={`${path}.label`} />
            </label>
          ) : null}
          <select
            id={selectId}
            className="stac-input"
            disabled={!enabled}
            value={selectedIndex >= 0 ? String(selectedIndex) : ''}
            aria-label={label ? undefined : (hint ?? 'Select an option')}
            aria-invalid={errorText ? true : undefined}
            style={{
              flex: '1 1 auto',
              border: 'none',
              background: 'transparent',
              color: 'inherit',
              font: 'inherit',
              padding: '8px 0',
              // The trailing icon (Flutter's arrow_drop_down unless the document names one) is the arrow;
              // the native one would make two. Flutter's menu is at least as wide as its widest entry.
              appearance: 'none',
              minWidth: `${Math.max(4, ...entries.map((entry) => entryLabel(entry).length)) + 2}ch`,
              cursor: enabled ? 'pointer' : undefined,
              ...textStyleToCss(node.textStyle),
            }}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            onChange={(event) => {
              const entry = entries[Number(event.target.value)];
              const next = entry ? entry.value : null;
              setValue(next);
              dispatch(node.onSelected, `${path}.onSelected`, eventScope(next));
            }}
          >
            {selectedIndex < 0 ? (
              <option value="" disabled>
                {/* The hint waits while the label rests in the box, as in a text field. */}
                {label && !floating ? '' : (hint ?? '')}
              </option>
            ) : null}
            {entries.map((entry, index) => (
              <option key={index} value={String(index)} disabled={entry.enabled === false}>
                {entryLabel(entry)}
              </option>
            ))}
          </select>
        </div>
        {node.trailingIcon !== undefined && node.trailingIcon !== null ? (
          <StacChild node={node.trailingIcon} path={`${path}.trailingIcon`} />
        ) : (
          <span aria-hidden style={{ display: 'inline-flex', pointerEvents: 'none' }}>
            <MaterialIcon name="arrow_drop_down" />
          </span>
        )}
      </div>
      {errorText || helper ? (
        <span
          style={{
            ...themeTextStyleToCss('bodySmall'),
            color: errorText ? roleColor('error') : roleColor('onSurfaceVariant'),
          }}
        >
          {errorText ?? helper}
        </span>
      ) : null}
    </div>
  );
}

export function AutocompleteWidget({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  const baseId = useId();
  const options = listOf(node.options)
    .map((option) => stringOf(option) ?? '')
    .filter(Boolean);
  const [text, setText] = useFormField<string>(stringOf(node.id), stringOf(node.initialValue) ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = text.trim().toLowerCase();
  // Flutter's default optionsBuilder shows nothing for an empty field.
  const matches = query === '' ? [] : options.filter((option) => option.toLowerCase().includes(query));
  const expanded = open && matches.length > 0;
  const maxHeight = numberOf(node.optionsMaxHeight) ?? 200;
  const listId = `${baseId}-options`;
  const choose = (option: string) => {
    setText(option);
    setOpen(false);
    setActive(-1);
    dispatch(node.onSelected, `${path}.onSelected`, eventScope(option));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (matches.length === 0 ? -1 : (index + 1) % matches.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (matches.length === 0 ? -1 : (index - 1 + matches.length) % matches.length));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };
  const up = node.optionsViewOpenDirection === 'up';
  const list: ReactNode = expanded ? (
    <ul
      id={listId}
      role="listbox"
      style={{
        position: 'absolute',
        [up ? 'bottom' : 'top']: '100%',
        left: 0,
        right: 0,
        zIndex: 10,
        margin: 0,
        padding: '4px 0',
        listStyle: 'none',
        maxHeight: `${maxHeight}px`,
        overflowY: 'auto',
        backgroundColor: roleColor('surfaceContainer'),
        color: roleColor('onSurface'),
        borderRadius: '4px',
        boxShadow: '0 2px 6px rgba(0, 0, 0, 0.2)',
      }}
    >
      {matches.map((option, index) => (
        <li
          key={option}
          id={`${baseId}-option-${index}`}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => choose(option)}
          style={{
            padding: '12px 16px',
            cursor: 'pointer',
            backgroundColor: index === active ? roleColor('onSurface', 0.08) : undefined,
          }}
        >
          {option}
        </li>
      ))}
    </ul>
  ) : null;
  return (
    <div
      className="stac-autocomplete"
      style={{ position: 'relative', width: '100%', ...themeTextStyleToCss('bodyLarge') }}
    >
      <input
        type="text"
        role="combobox"
        className="stac-input stac-focus"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={expanded && active >= 0 ? `${baseId}-option-${active}` : undefined}
        aria-label={stringOf(node.semanticLabel) ?? stringOf(node.hintText) ?? 'Search options'}
        placeholder={stringOf(node.hintText)}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        style={{
          width: '100%',
          boxSizing: 'border-box',
          minHeight: '48px',
          padding: '0 4px',
          border: 'none',
          borderBottom: `1px solid ${roleColor('onSurfaceVariant')}`,
          background: 'transparent',
          color: 'inherit',
          font: 'inherit',
        }}
      />
      {list}
    </div>
  );
}
