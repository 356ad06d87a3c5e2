import { useNavigate } from 'react-router';
import semver from 'semver';
import { useCommunityPlugins, useDeletePlugin, useUpdatePlugin, errorText } from '../api-client';
import { Icon, Skeleton, StatusMessage, useConfirm, useToast } from '../ui';
import type { CatalogPlugin } from './catalog';
import { draftBody, serverIssues } from './editorDrafts';
import { PluginEditorForm } from './PluginEditorForm';
import type { ReviewSubmission } from './SubmittedForReview';
import type { PluginDraft } from './validateDraft';

/** The editor of one's own plugin: each save publishes a new version (or proposes it for review). */
export function EditPluginEditor({
  id,
  onSubmittedForReview,
}: {
  id: string;
  onSubmittedForReview(submission: ReviewSubmission): void;
}) {
  const navigate = useNavigate();
  const notify = useToast();
  const confirm = useConfirm();
  const community = useCommunityPlugins();
  const updatePlugin = useUpdatePlugin();
  const deletePlugin = useDeletePlugin();

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
              body: draftBody(draft),
            },
            {
              onSuccess: (result) => {
                if (result.submittedForReview) {
                  onSubmittedForReview({ ...result, name: draft.name });
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
