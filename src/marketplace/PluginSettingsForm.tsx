import { useId, useRef, useState, type FormEvent } from 'react';
import { isApiError, useSavePluginSettings, errorText } from '../api-client';
import { resolveSettingValues, validateSettingValues } from '../plugin-host';
import type { SettingField } from '../stac-schema';
import { useToast } from '../ui';

export interface PluginSettingsFormProps {
  pluginId: string;
  pluginName: string;
  fields: readonly SettingField[];
  /** The user's stored values (defaults fill the rest). */
  values: unknown;
  onSaved?: () => void;
}

type Draft = Record<string, string | boolean>;

function toDraft(fields: readonly SettingField[], stored: unknown): Draft {
  const resolved = resolveSettingValues(fields, stored);
  const draft: Draft = {};
  for (const field of fields) {
    const value = resolved[field.key];
    draft[field.key] = field.type === 'boolean' ? value === true : value === undefined ? '' : String(value);
  }
  return draft;
}

/** The draft as typed values: numbers from their text, empty fields left out (their default applies). */
function fromDraft(fields: readonly SettingField[], draft: Draft): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const value = draft[field.key];
    if (field.type === 'boolean') values[field.key] = value === true;
    else if (typeof value === 'string' && value.trim() !== '')
      values[field.key] = field.type === 'number' ? Number(value) : value;
  }
  return values;
}

/** The server's per-field messages (`fieldErrors` of INVALID_SETTINGS), checked: the body is data. */
function serverFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const raw = error.data.fieldErrors;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const errors: Record<string, string> = {};
  for (const [key, message] of Object.entries(raw)) if (typeof message === 'string') errors[key] = message;
  return errors;
}

/**
 * A form generated from a plugin's declared settings: text, number (with its bounds), on/off and a choice
 * of options, each with its label, help and default. It checks with the same rules as the server before
 * sending, and shows the server's answer by field.
 */
export function PluginSettingsForm({
  pluginId,
  pluginName,
  fields,
  values,
  onSaved,
}: PluginSettingsFormProps) {
  const save = useSavePluginSettings();
  const notify = useToast();
  const baseId = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(fields, values));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const idOf = (key: string) => `${baseId}-${key}`;

  const focusFirstError = (keys: string[]) => {
    const first = fields.find((field) => keys.includes(field.key));
    if (first) document.getElementById(idOf(first.key))?.focus();
    else formErrorRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const submitted = fromDraft(fields, draft);
    const checked = validateSettingValues(fields, submitted);
    const local: Record<string, string> = {};
    if (!checked.ok) for (const error of checked.errors) local[error.key] = error.message;
    for (const field of fields) {
      if (field.required && submitted[field.key] === undefined)
        local[field.key] ??= `${field.label} is required: the plugin shows nothing until it is set.`;
    }
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) {
      focusFirstError(Object.keys(local));
      return;
    }
    try {
      await save.mutateAsync({ pluginId, values: submitted });
      notify(`Saved the settings of “${pluginName}”.`, { tone: 'success' });
      onSaved?.();
    } catch (error) {
      const byField = serverFieldErrors(error);
      setErrors(byField);
      setFormError(errorText(error));
      queueMicrotask(() => focusFirstError(Object.keys(byField)));
    }
  };

  return (
    <form className="plugin-settings" onSubmit={onSubmit} noValidate aria-label={`Settings of ${pluginName}`}>
      {formError ? (
        <p ref={formErrorRef} className="form-error" role="alert" tabIndex={-1}>
          {formError}
        </p>
      ) : null}
      {fields.map((field) => {
        const id = idOf(field.key);
        const error = errors[field.key];
        const describedBy =
          [field.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          name: field.key,
          'aria-invalid': Boolean(error),
          'aria-describedby': describedBy,
          required: field.required,
        };
        const value = draft[field.key];
        const set = (next: string | boolean) => setDraft((current) => ({ ...current, [field.key]: next }));
        return (
          <div key={field.key} className={field.type === 'boolean' ? 'field field--check' : 'field'}>
            {field.type === 'boolean' ? (
              <label className="checkbox-field">
                <input
                  {...common}
                  type="checkbox"
                  checked={value === true}
                  onChange={(e) => set(e.target.checked)}
                />
                <span>{field.label}</span>
              </label>
            ) : (
              <label htmlFor={id}>{field.required ? `${field.label} (required)` : field.label}</label>
            )}
            {field.type === 'enum' ? (
              <select {...common} value={String(value)} onChange={(e) => set(e.target.value)}>
                {field.required && field.default === undefined ? <option value="">Choose…</option> : null}
                {!field.required ? <option value="">(default)</option> : null}
                {(field.options ?? []).map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : field.type === 'number' ? (
              <input
                {...common}
                type="number"
                inputMode="decimal"
                min={field.min}
                max={field.max}
                step="any"
                value={String(value)}
                onChange={(e) => set(e.target.value)}
              />
            ) : field.type === 'string' ? (
              <input {...common} type="text" value={String(value)} onChange={(e) => set(e.target.value)} />
            ) : null}
            {field.help ? (
              <p id={`${id}-help`} className="field__hint">
                {field.help}
              </p>
            ) : null}
            {error ? (
              <p id={`${id}-error`} className="field__error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="plugin-settings__actions">
        <button type="submit" className="button button--filled" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
