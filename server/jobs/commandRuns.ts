/**
 * Commands whose action runs on the server, chosen by the user from a host menu: the run goes through the job
 * runner like any job's (trigger `command`, the plugin's permissions, the same limits, one at a time) with the
 * menu's context reduced to what the plugin is granted, and the caller waits for its end to show the result.
 */
import { commandScope, type HostCommand } from '../../src/plugin-host/index';
import type { PluginCommand } from '../../src/stac-schema/index';
import { ApiError } from '../http/apiError';
import type { PublicUser } from '../store/userStore';
import { serverCommandJobs } from './commandJobs';
import type { InFlightRuns } from './inFlightRuns';
import type { InstalledPluginLookup } from './installedJobs';
import type { JobExecution } from './jobExecution';
import type { JobStore } from './jobStore';
import { toRunView, type JobRunView } from './jobViews';

export interface CommandRunsOptions {
  store: JobStore;
  installed: InstalledPluginLookup;
  execution: JobExecution;
  inFlight: InFlightRuns;
}

/** What the host menu acts on, read by the server itself (never taken from the request): `{ asset }`. */
export type CommandContextLoader = (command: PluginCommand) => Promise<Record<string, unknown>>;

export function createCommandRuns(options: CommandRunsOptions) {
  const { installed, execution } = options;

  async function findCommand(userId: number, pluginId: string, commandId: string) {
    const plugin = await installed.find(userId, pluginId);
    if (!plugin)
      throw new ApiError(404, 'PLUGIN_NOT_FOUND', `You have no installed plugin "${pluginId}".`, {
        pluginId,
      });
    const command = plugin.manifest.commands.find((candidate) => candidate.id === commandId);
    if (!command)
      throw new ApiError(
        404,
        'COMMAND_NOT_FOUND',
        `Your installed plugin "${pluginId}" has no command "${commandId}".`,
        { pluginId, commandId },
      );
    return { plugin, command };
  }

  return {
    /** Runs a server-side command and waits for its end; `signal` cancels it (the page went away). */
    async run(
      user: PublicUser,
      pluginId: string,
      commandId: string,
      loadContext: CommandContextLoader,
      signal?: AbortSignal,
    ): Promise<JobRunView> {
      const { plugin, command } = await findCommand(user.id, pluginId, commandId);
      const job = serverCommandJobs(plugin.manifest).find((candidate) => candidate.command === command);
      if (!job)
        throw new ApiError(
          409,
          'COMMAND_RUNS_IN_PAGE',
          `“${command.title}” shows something in your page, so the page runs it: choose it from its menu.`,
          { pluginId, commandId },
        );
      if (!plugin.isActive)
        throw new ApiError(
          409,
          'PLUGIN_INACTIVE',
          `“${plugin.name}” is switched off; switch it on to use its commands.`,
          {
            pluginId,
          },
        );
      options.inFlight.assertNotRunning({ userId: user.id, pluginId, jobId: job.id }, command.title);
      const entry: HostCommand = { plugin, command, key: `${plugin.id}/${command.id}` };
      const context = commandScope(entry, await loadContext(command));
      const started = await execution.start(user, plugin, job, 'command', { context, signal });
      await started.done;
      return toRunView((await options.store.run(user.id, started.run.id))!);
    },
  };
}
