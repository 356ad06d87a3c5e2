import { useId, useRef, useState, type FormEvent } from 'react';
import type { StacIssue } from '../stac-schema';
import { DraftPreview } from './DraftPreview';
import { locateJsonPath } from './locateJsonPath';
import { PluginEditorFooter } from './PluginEditorFooter';
import { PluginMetaFields } from './PluginMetaFields';
import { StacJsonEditor, type StacJsonEditorHandle } from './StacJsonEditor';
import { useDraftValidation } from './useDraftValidation';
import { ValidationReport } from './ValidationReport';
import { validateDraft, type PluginDraft } from './validateDraft';

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

/** Pretty-prints readable JSON; unreadable JSON stays as typed (the issue list says where it breaks). */
function formatJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
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
  const ids = { ui: useId(), uiHelp: useId() };

  const checkedVersion = mode === 'edit' ? previousVersion : null;
  const { validation, located, diagnostics, lastPreview } = useDraftValidation(
    draft,
    checkedVersion,
    serverIssues,
  );

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
    const now = validateDraft(draft, checkedVersion);
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

  return (
    <form
      className="plugin-editor"
      onSubmit={submit}
      noValidate
      aria-label={mode === 'create' ? 'New plugin' : 'Edit plugin'}
    >
      <PluginMetaFields
        draft={draft}
        mode={mode}
        previousVersion={previousVersion}
        fieldError={fieldError}
        update={update}
        touch={touch}
      />

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
              onClick={() => update('uiText', formatJson(draft.uiText))}
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
        <DraftPreview
          document={lastPreview}
          stale={validation.document === undefined}
          slot={draft.slot}
          version={draft.version}
        />
      </div>

      <PluginEditorFooter
        mode={mode}
        refusedErrorCount={refused ? validation.errorCount : null}
        refusedRef={refusedRef}
        serverError={serverError}
        saving={saving}
        onDelete={onDelete}
        deleting={deleting}
      />
    </form>
  );
}
