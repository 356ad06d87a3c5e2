/**
 * A plugin's commands whose actions run on the server (host methods such as `lowStockReport`, requests), seen
 * as jobs: each has the id `command-<command id>`, runs through the job runner when the user chooses its menu
 * entry (recorded with trigger `command`, same permissions and limits as any run) and is listed on the plugins
 * page with its last result. Commands that show or move something run in the page and never come here.
 */
import { actionPlace } from '../../src/plugin-host/index';
import type { PluginCommand, PluginJob, PluginManifest } from '../../src/stac-schema/index';

export interface CommandJob extends PluginJob {
  command: PluginCommand;
}

export const commandJobId = (commandId: string): string => `command-${commandId}`;

/** The server-side commands of a manifest as jobs, in the manifest's order. */
export function serverCommandJobs(manifest: Pick<PluginManifest, 'commands'>): CommandJob[] {
  return manifest.commands.flatMap((command): CommandJob[] =>
    actionPlace(command.action) === 'server'
      ? [
          {
            id: commandJobId(command.id),
            name: command.title,
            trigger: 'manual',
            action: command.action,
            ...(command.summary ? { summary: command.summary } : {}),
            command,
          },
        ]
      : [],
  );
}
