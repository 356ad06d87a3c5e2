import { useId } from 'react';
import { APP_SLOT_NAMES } from '../slots';
import { slotLabel } from './catalog';
import type { PluginDraft } from './validateDraft';

export interface PluginMetaFieldsProps {
  draft: PluginDraft;
  mode: 'create' | 'edit';
  previousVersion?: string | null;
  /** The message of a field the user has left or tried to save, else undefined. */
  fieldError(key: 'name' | 'version' | 'slot'): string | undefined;
  update<K extends keyof PluginDraft>(key: K, value: PluginDraft[K]): void;
  /** Marks a field as visited, so its message shows. */
  touch(key: string): void;
}

/** The plugin's name, version, slot, description and visibility, each with its message. */
export function PluginMetaFields({
  draft,
  mode,
  previousVersion,
  fieldError,
  update,
  touch,
}: PluginMetaFieldsProps) {
  const ids = {
    name: useId(),
    version: useId(),
    description: useId(),
    slot: useId(),
    isPublic: useId(),
  };
  const slots = [...new Set<string>([...APP_SLOT_NAMES, draft.slot])];
  return (
    <div className="plugin-editor__meta card">
      <div className="field">
        <label htmlFor={ids.name}>Name</label>
        <input
          id={ids.name}
          value={draft.name}
          required
          aria-invalid={Boolean(fieldError('name'))}
          aria-describedby={fieldError('name') ? `${ids.name}-error` : undefined}
          onChange={(event) => update('name', event.target.value)}
          onBlur={() => touch('name')}
        />
        {fieldError('name') ? (
          <p id={`${ids.name}-error`} className="field__error">
            {fieldError('name')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={ids.version}>Version</label>
        <input
          id={ids.version}
          value={draft.version}
          required
          spellCheck={false}
          aria-invalid={Boolean(fieldError('version'))}
          aria-describedby={`${ids.version}-hint${fieldError('version') ? ` ${ids.version}-error` : ''}`}
          onChange={(event) => {
            touch('version');
            update('version', event.target.value);
          }}
        />
        <p id={`${ids.version}-hint`} className="field__hint">
          {mode === 'edit' && previousVersion
            ? `Published: ${previousVersion}. Each save needs a higher version.`
            : 'Semantic version, e.g. 1.0.0.'}
        </p>
        {fieldError('version') ? (
          <p id={`${ids.version}-error`} className="field__error">
            {fieldError('version')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={ids.slot}>Slot</label>
        <select id={ids.slot} value={draft.slot} onChange={(event) => update('slot', event.target.value)}>
          {slots.map((slot) => (
            <option key={slot} value={slot}>
              {slotLabel(slot)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--wide">
        <label htmlFor={ids.description}>Description</label>
        <textarea
          id={ids.description}
          rows={2}
          value={draft.description}
          onChange={(event) => update('description', event.target.value)}
        />
      </div>
      <label className="switch field--wide">
        <input
          type="checkbox"
          role="switch"
          id={ids.isPublic}
          checked={draft.isPublic}
          onChange={(event) => update('isPublic', event.target.checked)}
        />
        <span className="switch__track" aria-hidden="true" />
        <span>Public: list it in the marketplace for everyone</span>
      </label>
    </div>
  );
}
