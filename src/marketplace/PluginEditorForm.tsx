import { useDeferredValue, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { StacIssue } from '../stac-schema';
import { APP_SLOT_NAMES } from '../slots';
import { slotLabel } from './catalog';
import { PluginPreview } from './PluginPreview';
import { StacJsonEditor, type EditorDiagnostic, type StacJsonEditorHandle } from './StacJsonEditor';
import { Icon } from '../ui';
import { ValidationReport } from './ValidationReport';
import { validateDraft, type PluginDraft } from './validateDraft';
import { locateJsonPath } from './locateJsonPath';

export interface PluginEditorFormProps {
  mode: 'create' | 'edit';
  initial: PluginDraft;
  /** The published version, which an edit must raise. */
  previousVersion?: string | null;
  saving?: boolean;
  /** Issues the server answered with (INVALID_STAC), shown with the local ones. */
  serverIssues?: readonly StacIssue[];
  serverError?: string | null;
  onSave(draft: PluginDraft & { ui: Record<string, unknown> }): void;
  onDelete?(): void;
  deleting?: boolean;
}

/** Metadata fields, the CodeMirror `ui` editor with live issues, and a live preview side by side. */
export function PluginEditorForm({
  mode,
  initial,
  previousVersion,
  saving,
  serverIssues,
  serverError,
  onSave,
  onDelete,
  deleting,
}: PluginEditorFormProps) {
  const [draft, setDraft] = useState<PluginDraft>(initial);
  const [refused, setRefused] = useState(false);
  // Field messages wait until the user has left the field or tried to save: no red on a fresh form.
  const [touched, setTouched] = useState<ReadonlySet<string>>(
    () => new Set(mode === 'edit' ? ['name', 'version', 'slot'] : []),
  );
  const touch = (key: string) =>
    setTouched((current) => (current.has(key) ? current : new Set([...current, key])));
  const editorRef = useRef<StacJsonEditorHandle>(null);
  const refusedRef = useRef<HTMLParagraphElement>(null);
  const ids = {
    name: useId(),
    version: useId(),
    description: useId(),
    slot: useId(),
    ui: useId(),
    uiHelp: useId(),
    isPublic: useId(),
  };

  // Validation trails typing slightly on big documents, so keystrokes stay instant.
  const deferredDraft = useDeferredValue(draft);
  const validation = useMemo(
    () => validateDraft(deferredDraft, mode === 'edit' ? previousVersion : null),
    [deferredDraft, mode, previousVersion],
  );
  const located = useMemo(
    () => [
      ...validation.issues,
      ...(serverIssues ?? []).map((issue) => ({
        ...issue,
        range: locateJsonPath(deferredDraft.uiText, issue.path),
      })),
    ],
    [validation.issues, serverIssues, deferredDraft.uiText],
  );
  const diagnostics = useMemo<EditorDiagnostic[]>(
    () =>
      located
        .filter((issue) => issue.range)
        .map((issue) => ({
          from: issue.range!.from,
          to: issue.range!.to,
          severity: issue.severity,
          message: `${issue.path}: ${issue.message}`,
        })),
    [located],
  );

  // The preview keeps the last readable document while the JSON is being typed.
  const [lastPreview, setLastPreview] = useState<unknown>(validation.document);
  if (validation.document !== undefined && validation.document !== lastPreview)
    setLastPreview(validation.document);

  const update = <K extends keyof PluginDraft>(key: K, value: PluginDraft[K]) => {
    setRefused(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const goToIssue = (issue: StacIssue) => {
    const range =
      located.find((candidate) => candidate.path === issue.path && candidate.message === issue.message)
        ?.range ?? locateJsonPath(draft.uiText, issue.path);
    if (range) editorRef.current?.select(range.from, range.to);
    else editorRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Validate the text as it is now, not the deferred copy.
    const now = validateDraft(draft, mode === 'edit' ? previousVersion : null);
    if (!now.canSave || !now.validDocument) {
      setTouched(new Set(['name', 'version', 'slot']));
      setRefused(true);
      queueMicrotask(() => refusedRef.current?.focus());
      return;
    }
    onSave({
      ...draft,
      name: draft.name.trim(),
      version: draft.version.trim(),
      ui: now.validDocument as Record<string, unknown>,
    });
  };

  const fieldError = (key: 'name' | 'version' | 'slot') =>
    touched.has(key) ? validation.fields[key] : undefined;
  const slots = [...new Set<string>([...APP_SLOT_NAMES, draft.slot])];

  return (
    <form
      className="plugin-editor"
      onSubmit={submit}
      noValidate
      aria-label={mode === 'create' ? 'New plugin' : 'Edit plugin'}
    >
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

      <div className="plugin-editor__workbench">
        <div className="plugin-editor__code card">
          <div className="plugin-editor__code-header">
            <h2 id={`${ids.ui}-title`}>UI (STAC JSON)</h2>
            <p id={ids.uiHelp} className="field__hint">
              Bind data with {'{{asset.name}}'} or {'<<user.name>>'}. Tab moves on from the editor; Ctrl+F
              searches in it.
            </p>
          </div>
          <div className="plugin-editor__tools">
            <button
              type="button"
              className="button button--text button--small"
              disabled={validation.document === undefined}
              onClick={() => {
                try {
                  update('uiText', JSON.stringify(JSON.parse(draft.uiText), null, 2));
                } catch {
                  // Unreadable JSON stays as typed; the issue list already says where it breaks.
                }
              }}
            >
              Format JSON
            </button>
          </div>
          <StacJsonEditor
            ref={editorRef}
            value={draft.uiText}
            onChange={(text) => update('uiText', text)}
            diagnostics={diagnostics}
            label="Plugin UI as STAC JSON"
            describedBy={ids.uiHelp}
          />
          <ValidationReport issues={located} onSelectIssue={goToIssue} title="Problems in the UI" />
        </div>
        <div className="plugin-editor__preview card">
          <h2>Live preview</h2>
          {lastPreview === undefined ? (
            <p className="muted">Type valid JSON to see a preview.</p>
          ) : (
            <>
              {validation.document === undefined ? (
                <p className="field__hint" role="status">
                  The JSON cannot be read right now; this is the last readable version.
                </p>
              ) : null}
              <PluginPreview
                ui={lastPreview}
                slot={draft.slot}
                plugin={{ id: 'draft', version: draft.version }}
                label="Live preview of the draft"
              />
            </>
          )}
        </div>
      </div>

      <div className="plugin-editor__footer">
        {refused ? (
          <p ref={refusedRef} tabIndex={-1} className="form-error" role="alert">
            <Icon name="error" /> Not saved: fix the {validation.errorCount || 'listed'} problem
            {validation.errorCount === 1 ? '' : 's'} first.
          </p>
        ) : null}
        {serverError ? (
          <p className="form-error" role="alert">
            {serverError}
          </p>
        ) : null}
        <div className="plugin-editor__buttons">
          {onDelete ? (
            <button
              type="button"
              className="button button--text button--danger-text"
              onClick={onDelete}
              disabled={deleting}
            >
              <Icon name="delete" /> {deleting ? 'Deleting…' : 'Delete plugin'}
            </button>
          ) : null}
          <button type="submit" className="button button--filled" disabled={saving}>
            <Icon name="upload" />{' '}
            {saving ? 'Saving…' : mode === 'create' ? 'Create plugin' : 'Save new version'}
          </button>
        </div>
      </div>
    </form>
  );
}
