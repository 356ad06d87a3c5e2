import { useDeferredValue, useMemo, useState } from 'react';
import type { StacIssue } from '../stac-schema';
import type { EditorDiagnostic } from './StacJsonEditor';
import { locateJsonPath } from './locateJsonPath';
import { validateDraft, type PluginDraft } from './validateDraft';

/**
 * The editor's live checks: the draft validated as the user types (trailing slightly on big documents, so
 * keystrokes stay instant), the server's issues placed in the text, the editor's squiggles, and the last
 * readable document for the preview while the JSON is broken.
 */
export function useDraftValidation(
  draft: PluginDraft,
  previousVersion: string | null | undefined,
  serverIssues: readonly StacIssue[] | undefined,
) {
  const deferredDraft = useDeferredValue(draft);
  const validation = useMemo(
    () => validateDraft(deferredDraft, previousVersion),
    [deferredDraft, previousVersion],
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

  return { validation, located, diagnostics, lastPreview };
}
