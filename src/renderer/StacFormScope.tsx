/**
 * Form state: interactive widgets keep their own value (`useFormField`) and register it by `id` with every
 * enclosing form scope, nearest first. A `form` widget opens a scope; StacView opens the outermost one, so
 * `getFormValue` also works for fields that a plugin did not wrap in a `form`.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { FormAccess } from '../actions';
import { runValidatorRules } from './validatorRules';

export interface FormFieldHandle {
  getValue(): unknown;
  /** Runs the field's rules, shows the message, returns whether it is valid. */
  validate(): boolean;
}

export class FormRegistry implements FormAccess {
  private readonly fields = new Map<string, FormFieldHandle[]>();

  constructor(readonly parent: FormRegistry | null = null) {}

  /** Registers with this form and all enclosing ones; the last registration of an id wins for reads. */
  register(id: string, handle: FormFieldHandle): () => void {
    const unregisters = [this.addOwn(id, handle)];
    for (let form = this.parent; form; form = form.parent) unregisters.push(form.addOwn(id, handle));
    return () => unregisters.forEach((unregister) => unregister());
  }

  private addOwn(id: string, handle: FormFieldHandle): () => void {
    const list = this.fields.get(id) ?? [];
    list.push(handle);
    this.fields.set(id, list);
    return () => {
      const current = this.fields.get(id);
      if (!current) return;
      const next = current.filter((h) => h !== handle);
      if (next.length === 0) this.fields.delete(id);
      else this.fields.set(id, next);
    };
  }

  getValue(id: string): unknown {
    const list = this.fields.get(id);
    return list && list.length > 0 ? list[list.length - 1].getValue() : undefined;
  }

  getValues(): Record<string, unknown> {
    // Field ids come from plugin JSON: a prototype-free object keeps an id like `__proto__` a plain key.
    const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const id of this.fields.keys()) values[id] = this.getValue(id);
    return { ...values };
  }

  validate(): boolean {
    let valid = true;
    // Every field runs (not just up to the first failure) so that all messages show at once.
    for (const list of this.fields.values()) for (const handle of list) if (!handle.validate()) valid = false;
    return valid;
  }
}

const FormContext = createContext<FormRegistry | null>(null);
FormContext.displayName = 'StacFormContext';

/** Opens a form scope for its subtree (the `form` widget renders its child inside one). */
export function StacFormScope({ children }: { children?: ReactNode }) {
  const parent = useContext(FormContext);
  const [registry] = useState(() => new FormRegistry(parent));
  return <FormContext.Provider value={registry}>{children}</FormContext.Provider>;
}

/** The nearest form's access object (for actions), or null outside any StacView. */
export function useStacForm(): FormAccess | null {
  return useContext(FormContext);
}

export interface FormFieldOptions {
  /** Stac `validatorRules` (`[{ rule, message }]`), see validatorRules.ts. */
  rules?: unknown;
  /** Stac `autovalidateMode`: `always` and `onUserInteraction` re-check as the user edits. */
  autovalidateMode?: unknown;
  /** Extra check by the widget itself; return a message or null. */
  validate?: (value: unknown) => string | null;
}

/**
 * State of one interactive widget. `id` (Stac's field id) makes the value reachable through `getFormValue`
 * and `validateForm`; without an id the value is local. Returns [value, setValue, error message or null].
 */
export function useFormField<T>(
  id: string | undefined | null,
  initial: T,
  options: FormFieldOptions = {},
): [T, (next: T) => void, string | null] {
  const form = useContext(FormContext);
  const [value, setValueState] = useState<T>(initial);
  const [error, setError] = useState<string | null>(null);
  const valueRef = useRef<T>(initial);
  const optionsRef = useRef(options);
  const touchedRef = useRef(false);
  useEffect(() => {
    optionsRef.current = options;
  });

  const check = useCallback((candidate: unknown): string | null => {
    const { rules, validate } = optionsRef.current;
    return runValidatorRules(rules, candidate) ?? (validate ? validate(candidate) : null);
  }, []);

  const setValue = useCallback(
    (next: T) => {
      valueRef.current = next;
      touchedRef.current = true;
      setValueState(next);
      const mode = optionsRef.current.autovalidateMode;
      setError((shown) =>
        shown !== null || mode === 'always' || mode === 'onUserInteraction' ? check(next) : shown,
      );
    },
    [check],
  );

  useEffect(() => {
    if (!form || typeof id !== 'string' || id === '') return undefined;
    return form.register(id, {
      getValue: () => valueRef.current,
      validate: () => {
        const message = check(valueRef.current);
        setError(message);
        return message === null;
      },
    });
  }, [form, id, check]);

  useEffect(() => {
    if (optionsRef.current.autovalidateMode === 'always' && !touchedRef.current)
      setError(check(valueRef.current));
  }, [check]);

  return [value, setValue, error];
}

export { FormContext as StacFormContext };
