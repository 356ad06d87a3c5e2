import type { ReactNode } from 'react';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** The accessible name when the visible text alone would not say what is switched ("Enable Clock"). */
  label?: string;
  /** The words beside the switch; with a `label` they only repeat the state, so assistive tech skips them. */
  children: ReactNode;
}

/** An on/off switch: a native checkbox with the switch role, so keyboard and forms work as usual. */
export function Switch({ checked, onChange, disabled, label, children }: SwitchProps) {
  return (
    <label className="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-label={label}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="switch__track" aria-hidden="true" />
      <span aria-hidden={label === undefined ? undefined : true}>{children}</span>
    </label>
  );
}
