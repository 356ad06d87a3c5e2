import type { ReactNode } from 'react';
import { Icon, Switch, useConfirm, useToast, type AppIconName } from '../ui';
import { errorText } from '../api-client';
import type { InstalledRecord, InstalledStatus } from './pluginManifestInfo';
import { useManifestActions } from './useManifestActions';

/** A panel of the row that a button opens: its element id and whether it is open. */
export interface RowPanel {
  id: string;
  open: boolean;
  toggle: () => void;
}

/**
 * The controls of an installed plugin's row: the on/off switch, the buttons that open its settings and its
 * update review, and Uninstall. Switching off or removing a plugin that others need names them first.
 */
export function InstalledRowActions({
  plugin,
  status,
  settings,
  update,
  onUninstalled,
}: {
  plugin: InstalledRecord;
  status: InstalledStatus;
  /** Absent when the plugin has no settings. */
  settings?: RowPanel;
  /** Absent when there is no update. */
  update?: RowPanel;
  onUninstalled: () => void;
}) {
  const actions = useManifestActions();
  const confirm = useConfirm();
  const notify = useToast();
  const active = plugin.isActive !== false;

  const onUninstall = async () => {
    const answer =
      status.dependents.length > 0
        ? { confirmed: await actions.confirmDependents(plugin.name, status.dependents, 'uninstall') }
        : await confirm({
            title: `Uninstall “${plugin.name}”?`,
            message: 'It disappears from its slot. You can install it again from the marketplace.',
            confirmLabel: 'Uninstall',
            tone: 'danger',
          });
    if (!answer.confirmed) return;
    // Not mutate()'s callbacks: this row leaves the list (and unmounts) as soon as the uninstall succeeds,
    // and TanStack Query drops the callbacks of an unmounted caller, so the user would hear nothing.
    try {
      await actions.uninstall.mutateAsync({ pluginId: plugin.id, force: status.dependents.length > 0 });
      notify(`Uninstalled “${plugin.name}”.`, { tone: 'success' });
      onUninstalled();
    } catch (error) {
      notify(errorText(error), { tone: 'error' });
    }
  };

  const onToggle = async (isActive: boolean) => {
    try {
      await actions.setActive(plugin, isActive, status.dependents);
    } catch (error) {
      notify(`Could not switch “${plugin.name}”: ${errorText(error)}`, { tone: 'error' });
    }
  };

  return (
    <div className="installed-row__actions">
      <Switch
        checked={active}
        label={`Enable ${plugin.name}`}
        disabled={actions.toggle.isPending}
        onChange={(checked) => void onToggle(checked)}
      >
        {active ? 'On' : 'Off'}
      </Switch>
      {settings ? (
        <PanelButton panel={settings} icon="settings">
          Settings
        </PanelButton>
      ) : null}
      {update ? (
        <PanelButton panel={update} icon="update">
          {update.open ? 'Hide update' : 'Review update'}
        </PanelButton>
      ) : null}
      <button
        type="button"
        className="button button--text button--danger-text"
        onClick={onUninstall}
        disabled={actions.uninstall.isPending}
      >
        <Icon name="delete" /> Uninstall
      </button>
    </div>
  );
}

/** A button that opens and closes one of the row's panels, and says so to assistive tech. */
function PanelButton({ panel, icon, children }: { panel: RowPanel; icon: AppIconName; children: ReactNode }) {
  return (
    <button
      type="button"
      className="button button--tonal"
      aria-expanded={panel.open}
      aria-controls={panel.id}
      onClick={panel.toggle}
    >
      <Icon name={icon} /> {children}
    </button>
  );
}
