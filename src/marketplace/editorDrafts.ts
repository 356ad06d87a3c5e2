import { isApiError } from '../api-client';
import type { StacIssue } from '../stac-schema';
import type { PluginDraft } from './validateDraft';

/** The STAC issues a refused save came back with (INVALID_STAC), to show beside the local ones. */
export function serverIssues(error: unknown): StacIssue[] {
  return isApiError(error) ? (error.issues as StacIssue[]) : [];
}

/** What a save sends: the draft's fields with its checked document. */
export function draftBody(draft: PluginDraft & { ui: Record<string, unknown> }) {
  return {
    name: draft.name,
    version: draft.version,
    description: draft.description,
    slot: draft.slot,
    ui: draft.ui,
    isPublic: draft.isPublic,
  };
}
