/**
 * Raises `plugin.installed` once an install has committed: one event per plugin the install added (a plugin
 * and the ones it needs, in install order), delivered to the user's active subscribed plugins, the new one
 * included. The install already succeeded: a plugin's trouble with the event is a failed run, never the
 * install's error.
 */
import type { JobRunView, JobService } from '../jobs/jobService';
import type { PublicUser } from '../store/userStore';

/** What a subscriber reads as `installedPlugin` (no permission needed: it is catalog data). */
export interface InstalledPluginFacts {
  id: string;
  name: string;
  version: string;
  author?: string;
}

export async function raisePluginInstalled(
  jobs: Pick<JobService, 'deliverEvent'>,
  user: PublicUser,
  installed: readonly InstalledPluginFacts[],
): Promise<JobRunView[]> {
  const runs: JobRunView[] = [];
  for (const plugin of installed) {
    runs.push(
      ...(await jobs.deliverEvent(user, {
        event: 'plugin.installed',
        pluginId: plugin.id,
        data: { installedPlugin: { ...plugin } },
        at: new Date().toISOString(),
      })),
    );
  }
  return runs;
}
