/**
 * What the API answers about jobs and runs: a run as the plugins page shows it, and a job with its state, the
 * run in progress, the last run and the last scheduled run.
 */
import { describeJobSchedule } from '../../src/plugin-host/index';
import type { PluginJob } from '../../src/stac-schema/index';
import type { EventJob } from './eventJobs';
import type { InstalledPlugin } from './installedJobs';
import type { ToolJob } from './toolJobs';
import type { CommandJob } from './commandJobs';
import type { JobRunRow, JobStateRow, JobStore } from './jobStore';

export type RunTrigger = JobRunRow['run_trigger'];

export interface JobRunView {
  id: number;
  pluginId: string;
  jobId: string;
  trigger: RunTrigger;
  status: JobRunRow['status'];
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  summary: string | null;
  error: { code: string; message: string } | null;
  result: unknown;
}

export interface JobView {
  pluginId: string;
  pluginName: string;
  pluginActive: boolean;
  id: string;
  name: string;
  description: string | null;
  /** `event`: a subscription's server action, run when its host event happens. */
  trigger: RunTrigger;
  /** The host event an `event` entry answers. */
  event: string | null;
  schedule: string | null;
  scheduleLabel: string | null;
  scheduleEnabled: boolean;
  nextRunAt: string | null;
  consecutiveFailures: number;
  pausedReason: string | null;
  running: JobRunView | null;
  lastRun: JobRunView | null;
  lastScheduledRun: JobRunView | null;
}

export const eventOf = (job: PluginJob | EventJob) => ('event' in job ? job.event : undefined);
/** An MCP tool's own action: only an assistant's call starts it. */
export const isToolJob = (job: PluginJob): job is ToolJob => 'tool' in job;
/** A command's server action: only its menu entry starts it. */
export const isCommandJob = (job: PluginJob): job is CommandJob => 'command' in job;

export const toRunView = (row: JobRunRow): JobRunView => {
  let result: unknown = null;
  if (row.result_json) {
    try {
      result = JSON.parse(row.result_json) as unknown;
    } catch {
      result = null;
    }
  }
  return {
    id: Number(row.id),
    pluginId: row.plugin_id,
    jobId: row.job_id,
    trigger: row.run_trigger,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    durationMs: row.duration_ms,
    summary: row.summary,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    result,
  };
};

function triggerOf(job: PluginJob | EventJob): RunTrigger {
  if (eventOf(job)) return 'event';
  if (isToolJob(job)) return 'assistant';
  if (isCommandJob(job)) return 'command';
  return job.trigger;
}

function toJobView(
  plugin: InstalledPlugin,
  job: PluginJob | EventJob,
  state: JobStateRow | undefined,
  runs: { running?: JobRunRow; last?: JobRunRow; lastScheduled?: JobRunRow },
): JobView {
  return {
    pluginId: plugin.id,
    pluginName: plugin.name,
    pluginActive: plugin.isActive,
    id: job.id,
    name: job.name,
    description: job.description ?? null,
    trigger: triggerOf(job),
    event: eventOf(job) ?? null,
    schedule: job.schedule?.text ?? null,
    scheduleLabel: describeJobSchedule(job) ?? null,
    scheduleEnabled: state?.schedule_enabled === 1,
    nextRunAt: state?.schedule_enabled === 1 && !state.paused_reason ? state.next_run_at : null,
    consecutiveFailures: state?.consecutive_failures ?? 0,
    pausedReason: state?.paused_reason ?? null,
    running: runs.running ? toRunView(runs.running) : null,
    lastRun: runs.last ? toRunView(runs.last) : null,
    lastScheduledRun: runs.lastScheduled ? toRunView(runs.lastScheduled) : null,
  };
}

/** A job's view from its state and its newest runs in the store. */
export async function jobViewOf(
  store: JobStore,
  plugin: InstalledPlugin,
  job: PluginJob | EventJob,
  state: JobStateRow | undefined,
  userId: number,
): Promise<JobView> {
  const key = { userId, pluginId: plugin.id, jobId: job.id };
  const [latest] = await store.history(key, 1);
  const finished = latest?.status === 'running' ? (await store.history(key, 2))[1] : latest;
  const [lastScheduled] = job.trigger === 'scheduled' ? await store.history(key, 1, 'scheduled') : [];
  return toJobView(plugin, job, state, {
    running: latest?.status === 'running' ? latest : undefined,
    last: finished,
    lastScheduled: lastScheduled?.status === 'running' ? undefined : lastScheduled,
  });
}
