import { useState } from 'react';
import { useParams } from 'react-router';
import { usePageTitle } from '../ui';
import { CreatePluginEditor } from './CreatePluginEditor';
import { EditPluginEditor } from './EditPluginEditor';
import { SubmittedForReview, type ReviewSubmission } from './SubmittedForReview';

/** Create a plugin (`/marketplace/new`) or publish a new version of one's own (`/marketplace/plugins/:id/edit`). */
export function PluginEditorPage() {
  const { id } = useParams();
  const mode = id ? 'edit' : 'create';
  usePageTitle(mode === 'create' ? 'Create a plugin' : 'Edit plugin');
  // Set when the backend proposed the change for review (a pull request) rather than publishing it.
  const [submission, setSubmission] = useState<ReviewSubmission | null>(null);

  if (submission) {
    return (
      <>
        <header className="page-header">
          <h1>{mode === 'create' ? 'Create a plugin' : `Edit ${submission.name}`}</h1>
        </header>
        <SubmittedForReview submission={submission} />
      </>
    );
  }
  return id ? (
    <EditPluginEditor id={id} onSubmittedForReview={setSubmission} />
  ) : (
    <CreatePluginEditor onSubmittedForReview={setSubmission} />
  );
}
