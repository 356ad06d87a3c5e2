import type { RefObject } from 'react';
import { Icon } from '../ui';

export interface PluginEditorFooterProps {
  mode: 'create' | 'edit';
  /** Set when a save was refused: how many problems to fix (0: count unknown). */
  refusedErrorCount: number | null;
  /** Where focus goes to say a save was refused. */
  refusedRef: RefObject<HTMLParagraphElement | null>;
  serverError?: string | null;
  saving?: boolean;
  onDelete?(): void;
  deleting?: boolean;
}

/** Why a save did not happen (refused here or answered by the server), then delete and save. */
export function PluginEditorFooter({
  mode,
  refusedErrorCount,
  refusedRef,
  serverError,
  saving,
  onDelete,
  deleting,
}: PluginEditorFooterProps) {
  return (
    <div className="plugin-editor__footer">
      {refusedErrorCount !== null ? (
        <p ref={refusedRef} tabIndex={-1} className="form-error" role="alert">
          <Icon name="error" /> Not saved: fix the {refusedErrorCount || 'listed'} problem
          {refusedErrorCount === 1 ? '' : 's'} first.
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
  );
}
