import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import semver from 'semver';
import {
  isApiError,
  useCommunityPlugins,
  useCreatePlugin,
  useDeletePlugin,
  useUpdatePlugin,
} from '../api-client';
import type { StacIssue } from '../stac-schema';
import type { CatalogPlugin } from './catalog';
import { errorText } from './errorText';
import { PluginEditorForm } from './PluginEditorForm';
import { SubmittedForReview, type ReviewSubmission } from './SubmittedForReview';
import { Icon, Skeleton, StatusMessage, useConfirm, usePageTitle, useToast } from '../ui';
import { DEFAULT_PLUGIN_UI, type PluginDraft } from './validateDraft';

function serverIssues(error: unknown): StacIssue[] {
  return isApiError(error) ? (error.issues as StacIssue[]) : [];
}

/** Create a plugin (`/marketplace/new`) or publish a new version of one's own (`/marketplace/plugins/:id/edit`). */
export function PluginEditorPage() {
  const { id } = useParams();
  const mode = id ? 'edit' : 'create';
  usePageTitle(mode === 'create' ? 'Create a plugin' : 'Edit plugin');
  const navigate = useNavigate();
  const notify = useToast();
  const confirm = useConfirm();
  const community = useCommunityPlugins({ enabled: mode === 'edit' });
  const create = useCreatePlugin();
  const updatePlugin = useUpdatePlugin();
  const deletePlugin = useDeletePlugin();
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

  if (mode === 'create') {
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
            create.mutate(
              {
                name: draft.name,
                version: draft.version,
                description: draft.description,
                slot: draft.slot,
                ui: draft.ui,
                isPublic: draft.isPublic,
              },
              {
                onSuccess: (result) => {
                  if (result.submittedForReview) {
                    setSubmission({ ...result, name: result.name || draft.name });
                    return;
                  }
                  notify(`Created “${result.name}” ${result.version}.`, { tone: 'success' });
                  navigate(`/marketplace/plugins/${encodeURIComponent(result.id)}`);
                },
              },
            )
          }
        />
      </>
    );
  }

  const plugin = (community.data as CatalogPlugin[] | undefined)?.find((candidate) => candidate.id === id);
  if (community.isPending) {
    return (
      <div className="card">
        <Skeleton lines={8} label="Loading the plugin" />
      </div>
    );
  }
  if (!plugin || !plugin.isMine) {
    return (
      <StatusMessage
        tone={community.isError ? 'error' : 'neutral'}
        icon={community.isError ? 'error' : 'warning'}
        title={
          community.isError
            ? 'The plugin could not be loaded.'
            : plugin
              ? 'Only its author can edit this plugin.'
              : 'This plugin does not exist.'
        }
        action={
          community.isError ? (
            <button type="button" className="button button--tonal" onClick={() => community.refetch()}>
              <Icon name="refresh" /> Retry
            </button>
          ) : null
        }
      >
        {community.isError ? errorText(community.error) : null}
      </StatusMessage>
    );
  }

  const initial: PluginDraft = {
    name: plugin.name,
    // Every save must raise the version: start from the next patch rather than from an error.
    version:
      (plugin.version && semver.valid(plugin.version) ? semver.inc(plugin.version, 'patch') : null) ??
      plugin.version ??
      '1.0.0',
    description: plugin.description ?? '',
    slot: plugin.slot ?? 'dashboard_top',
    isPublic: plugin.isPublic !== false,
    uiText: JSON.stringify(plugin.ui ?? {}, null, 2),
  };

  const onDelete = async () => {
    const answer = await confirm({
      title: `Delete “${plugin.name}”?`,
      message: 'It leaves the marketplace for everyone. People who installed it keep their copy.',
      confirmLabel: 'Delete',
      tone: 'danger',
      option: { label: 'Also delete its repository on GitHub', initial: false },
    });
    if (!answer.confirmed) return;
    deletePlugin.mutate(
      { pluginId: plugin.id, deleteFromGitHub: answer.option },
      {
        onSuccess: () => {
          notify(`Deleted “${plugin.name}”.`, { tone: 'success' });
          navigate('/marketplace?state=mine');
        },
        onError: (error) => notify(errorText(error), { tone: 'error' }),
      },
    );
  };

  return (
    <>
      <header className="page-header">
        <h1>Edit {plugin.name}</h1>
        <p className="muted">Saving publishes a new version; people who installed it see an update.</p>
      </header>
      <PluginEditorForm
        key={plugin.id}
        mode="edit"
        initial={initial}
        previousVersion={plugin.version}
        saving={updatePlugin.isPending}
        serverIssues={serverIssues(updatePlugin.error)}
        serverError={updatePlugin.isError ? errorText(updatePlugin.error) : null}
        deleting={deletePlugin.isPending}
        onDelete={onDelete}
        onSave={(draft) =>
          updatePlugin.mutate(
            {
              pluginId: plugin.id,
              body: {
                name: draft.name,
                version: draft.version,
                description: draft.description,
                slot: draft.slot,
                ui: draft.ui,
                isPublic: draft.isPublic,
              },
            },
            {
              onSuccess: (result) => {
                if (result.submittedForReview) {
                  setSubmission({ ...result, name: draft.name });
                  return;
                }
                notify(`Published “${draft.name}” ${result.version}.`, { tone: 'success' });
                navigate(`/marketplace/plugins/${encodeURIComponent(plugin.id)}`);
              },
            },
          )
        }
      />
    </>
  );
}
