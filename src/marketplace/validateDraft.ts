/**
 * Validation of a plugin draft in the editor: the metadata fields and the `ui` JSON text (strict STAC
 * parse), with positions in the text for each issue so the editor can mark and jump to them.
 */
import semver from 'semver';
import { isSemver, parseStacDocument, SLOT_PATTERN, type StacIssue, type StacNode } from '../stac-schema';
import { jsonErrorOffset, locateJsonPath, type JsonTextRange } from './locateJsonPath';

export interface PluginDraft {
  name: string;
  version: string;
  description: string;
  slot: string;
  isPublic: boolean;
  uiText: string;
}

export interface DraftFieldErrors {
  name?: string;
  version?: string;
  slot?: string;
}

export interface LocatedIssue extends StacIssue {
  range: JsonTextRange | null;
}

export interface DraftValidation {
  fields: DraftFieldErrors;
  /** Issues of the `ui` document, with their place in the text. */
  issues: LocatedIssue[];
  /** The parsed document when the JSON is readable (even if it has STAC errors), for the live preview. */
  document: unknown;
  /** The strictly valid tree, when there is no error at all. */
  validDocument: StacNode | null;
  canSave: boolean;
  errorCount: number;
}

export function validateDraft(draft: PluginDraft, previousVersion?: string | null): DraftValidation {
  const fields: DraftFieldErrors = {};
  if (!draft.name.trim()) fields.name = 'Give the plugin a name.';
  else if (draft.name.trim().length > 200) fields.name = 'Keep the name under 200 characters.';

  if (!isSemver(draft.version.trim())) fields.version = 'Use a semantic version such as 1.0.0.';
  else if (previousVersion && isSemver(previousVersion) && !semver.gt(draft.version.trim(), previousVersion))
    fields.version = `Raise the version above ${previousVersion} (for example ${semver.inc(previousVersion, 'patch')}).`;

  if (!SLOT_PATTERN.test(draft.slot)) fields.slot = 'Pick a slot.';

  let document: unknown;
  try {
    document = JSON.parse(draft.uiText);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const parsed = parseStacDocument(draft.uiText, { mode: 'strict' });
    const offset =
      jsonErrorOffset(draft.uiText, parsed.issues[0]?.message ?? message) ??
      jsonErrorOffset(draft.uiText, message);
    const issue: StacIssue = parsed.issues[0] ?? {
      code: 'invalid_json',
      severity: 'error',
      path: 'ui',
      message,
    };
    const issues: LocatedIssue[] = [
      {
        ...issue,
        range: offset === null ? null : { from: offset, to: Math.min(draft.uiText.length, offset + 1) },
      },
    ];
    return finish(fields, issues, undefined, null);
  }

  const result = parseStacDocument(document, { mode: 'strict' });
  const issues: LocatedIssue[] = result.issues.map((issue) => ({
    ...issue,
    range: locateJsonPath(draft.uiText, issue.path),
  }));
  return finish(fields, issues, document, result.ok ? result.document : null);
}

function finish(
  fields: DraftFieldErrors,
  issues: LocatedIssue[],
  document: unknown,
  validDocument: StacNode | null,
): DraftValidation {
  const errorCount = issues.filter((issue) => issue.severity === 'error').length + Object.keys(fields).length;
  return {
    fields,
    issues,
    document,
    validDocument,
    canSave: errorCount === 0 && validDocument !== null,
    errorCount,
  };
}

export const DEFAULT_PLUGIN_UI = {
  type: 'card',
  child: {
    type: 'padding',
    padding: 16,
    child: {
      type: 'column',
      crossAxisAlignment: 'start',
      spacing: 8,
      children: [
        { type: 'text', data: 'Hello {{user.name}}', style: 'titleMedium' },
        { type: 'text', data: 'You are looking at {{asset.name}}.' },
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Say hello' },
          onPressed: {
            actionType: 'invenicum_sdk',
            method: 'showAlert',
            params: { message: 'Hello from my plugin!' },
          },
        },
      ],
    },
  },
};
