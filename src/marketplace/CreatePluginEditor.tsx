import { useNavigate } from 'react-router';
import { useCreatePlugin, errorText } from '../api-client';
import { useToast } from '../ui';
import { draftBody, serverIssues } from './editorDrafts';
import { PluginEditorForm } from './PluginEditorForm';
import type { ReviewSubmission } from './SubmittedForReview';
import { DEFAULT_PLUGIN_UI, type PluginDraft } from './validateDraft';

/** The editor for a new plugin, starting from a small sample UI. */
export function CreatePluginEditor({
  onSubmittedForReview,
}: {
  onSubmittedForReview(submission: ReviewSubmission): void;
}) {
  const navigate = useNavigate();
  const notify = useToast();
  const create = useCreatePlugin();
  const initial: PluginDraft = {
    name: '',
    version: '1.0.0',
    description: '',
    slot: 'dashboard_top',
    isPublic: true,
    uiText: JSON.stringify(DEFAULT_PLUGIN_UI, null, 2),
  };
  return (
    <>
      <header className="page-header">
        <h1>Create a plugin</h1>
        <p className="muted">
          Describe its UI in STAC JSON; the preview shows it with sample data as you type.
        </p>
      </header>
      <PluginEditorForm
        mode="create"
        initial={initial}
        saving={create.isPending}
        serverIssues={serverIssues(create.error)}
        serverError={create.isError ? errorText(create.error) : null}
        onSave={(draft) =>
          create.mutate(draftBody(draft), {
            onSuccess: (result) => {
              if (result.submittedForReview) {
                onSubmittedForReview({ ...result, name: result.name || draft.name });
                return;
              }
              notify(`Created “${result.name}” ${result.version}.`, { tone: 'success' });
              navigate(`/marketplace/plugins/${encodeURIComponent(result.id)}`);
            },
          })
        }
      />
    </>
  );
}
