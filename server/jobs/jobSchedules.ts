/**
 * Schedules of plugin jobs: the per-user switch (next run from now) and `runDue`, which runs every schedule
 * whose time has come, each claimed first so that concurrent callers (two instances, the scheduler and
 * `jobs:run-due`) run it once.
 */
import type { PluginJob } from '../../src/stac-schema/index';
import type { Logger } from '../http/requestLogger';
import { ApiError } from '../http/apiError';
import type { PublicUser } from '../store/userStore';
import type { InstalledPluginLookup } from './installedJobs';
import type { JobExecution } from './jobExecution';
import type { JobRunner } from './jobRunner';
import type { JobStateRow, JobStore } from './jobStore';
import { toRunView, type JobRunView } from './jobViews';
import { nextJobRun } from './nextJobRun';

export interface RunDueReport {
  /** Runs this call started and finished. */
  ran: JobRunView[];
  /** Due schedules another runner claimed first. */
  skipped: number;
  /** Schedules switched off because their plugin or job is gone. */
  stopped: number;
}

export interface JobSchedulesOptions {
  store: JobStore;
  runner: JobRunner;
  installed: InstalledPluginLookup;
  execution: JobExecution;
  findUser: (userId: number) => Promise<PublicUser | undefined>;
  log: Logger;
  now: () => Date;
}

export function createJobSchedules(options: JobSchedulesOptions) {
  const { store, installed, now } = options;

  async function runOneDue(state: JobStateRow, at: Date, report: RunDueReport): Promise<void> {
    const nowText = at.toISOString();
    const key = { userId: state.user_id, pluginId: state.plugin_id, jobId: state.job_id };
    const [user, plugin] = await Promise.all([
      options.findUser(key.userId),
      installed.find(key.userId, key.pluginId),
    ]);
    const job = plugin?.manifest.jobs.find((candidate) => candidate.id === key.jobId);
    if (!user || !plugin || !job?.schedule) {
      await store.stopSchedule(
        key,
        plugin
          ? `The plugin no longer has a scheduled job "${key.jobId}".`
          : 'The plugin is no longer installed.',
        nowText,
      );
      report.stopped += 1;
      return;
    }
    // An inactive plugin's schedule waits: it moves on without running, as the user switched it off.
    const claimed = await store.claim(
      key,
      state.next_run_at!,
      nextJobRun(job.schedule, at).toISOString(),
      nowText,
    );
    if (!claimed) {
      report.skipped += 1;
      return;
    }
    if (!plugin.isActive) return;
    const runId = await store.startRun(key, plugin.version, 'scheduled', nowText);
    await options.execution.execute(user, plugin, job, 'scheduled', runId, new AbortController().signal);
    const row = await store.run(key.userId, runId);
    if (row) report.ran.push(toRunView(row));
  }

  return {
    /** Switches a scheduled job on (next run from now) or off; a job without a schedule is refused. */
    async setSchedule(
      userId: number,
      job: Pick<PluginJob, 'id' | 'name' | 'schedule'>,
      pluginId: string,
      enabled: boolean,
    ): Promise<void> {
      if (!job.schedule)
        throw new ApiError(
          409,
          'JOB_NOT_SCHEDULED',
          `“${job.name}” runs only when you start it; it has no schedule to switch on.`,
          { pluginId, jobId: job.id },
        );
      const at = now();
      await store.setSchedule(
        { userId, pluginId, jobId: job.id },
        enabled,
        enabled ? job.schedule.text : null,
        enabled ? nextJobRun(job.schedule, at).toISOString() : null,
        at.toISOString(),
      );
    },

    /** Runs every due schedule side by side; one failing never stops the others. */
    async runDue(limit = 50): Promise<RunDueReport> {
      const at = now();
      const nowText = at.toISOString();
      await store.failAbandoned(
        new Date(at.getTime() - 2 * options.runner.limits.timeoutMs - 60_000).toISOString(),
        nowText,
      );
      const report: RunDueReport = { ran: [], skipped: 0, stopped: 0 };
      const due = await store.due(nowText, limit);
      await Promise.all(
        due.map(async (state) => {
          try {
            await runOneDue(state, at, report);
          } catch (error) {
            // One schedule's database trouble must not stop the others; it stays due for the next call.
            options.log({
              level: 'error',
              msg: 'could not run a due job',
              pluginId: state.plugin_id,
              jobId: state.job_id,
              error: error instanceof Error ? error.message : String(error),
            });
          }
        }),
      );
      return report;
    },
  };
}
