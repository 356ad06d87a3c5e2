/**
 * Form state: interactive widgets keep their own value (`useFormField`) and register it by `id` with every
 * enclosing form scope, nearest first. A `form` widget opens a scope; StacView opens the outermost one, so
 * `getFormValue` also works for fields that a plugin did not wrap in a `form`.
 */
import { createContext, use, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { FormAccess } from '../actions';
import { runValidatorRules } from './validatorRules';
import { FormRegistry } from './formRegistry';
import { StacRendererContext } from './StacRendererContext';

export { FormRegistry, type FormFieldHandle } from './formRegistry';

const FormContext = createContext<FormRegistry | null>(null);
FormContext.displayName = 'StacFormContext';

/**
 * The nearest form scope: a `form` widget's (this context), or the outermost one of the nearest StacView,
 * which travels in the renderer context (no provider of its own on every view). Of the two, the nearer is
 * the one that has the other among its enclosing scopes: a view inside a host's `form` widget opens its scope
 * under that form's, and a `form` widget inside a view opens its own under the view's.
 */
export function useNearestForm(): FormRegistry | null {
  // `use`, not useContext: hook-free widgets (useHookFreeDispatch) ask too.
  const scoped = use(FormContext);
  const viewForm = use(StacRendererContext)?.form ?? null;
  if (scoped === null || viewForm === null) return scoped ?? viewForm;
  for (let form = viewForm.parent; form !== null; form = form.parent) if (form === scoped) return viewForm;
  return scoped;
}

/** Opens a form scope for its subtree (the `form` widget renders its child inside one). */
export function StacFormScope({ children }: { children?: ReactNode }) {
  const parent = useNearestForm();
  const [registry] = useState(() => new FormRegistry(parent));
  return <FormContext.Provider value={registry}>{children}</FormContext.Provider>;
}

/** The nearest form's access object (for actions), or null outside any StacView. */
export function useStacForm(): FormAccess | null {
  return useNearestForm();
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
  const form = useNearestForm();
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
