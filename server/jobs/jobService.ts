/**
 * Plugin jobs as the API offers them: each user's jobs with their state and latest runs, "Run now" (the run
 * goes on in the background and can be cancelled), runs for an assistant, the schedule switch, `runDue` for
 * the scheduler and the service account, and host events for the server-side subscriptions. The parts live
 * in their own modules: recording (jobExecution), schedules (jobSchedules), events (eventDelivery).
 */
import type { HostEventInput } from '../../src/plugin-host/index';
import type { PluginJob } from '../../src/stac-schema/index';
import { ApiError } from '../http/apiError';
import type { Logger } from '../http/requestLogger';
import type { PublicUser } from '../store/userStore';
import { createEventDelivery } from './eventDelivery';
import { createEventRunLimiter, type EventLimits, type EventRateCounterFactory } from './eventRunLimiter';
import { serverEventJobs, type EventJob } from './eventJobs';
import { assistantToolJobs, type ToolJob } from './toolJobs';
import { serverCommandJobs, type CommandJob } from './commandJobs';
import { createCommandRuns, type CommandContextLoader } from './commandRuns';
import { createInFlightRuns } from './inFlightRuns';
import type { InstalledPluginLookup } from './installedJobs';
import { createJobExecution } from './jobExecution';
import type { JobRunner } from './jobRunner';
import { createJobSchedules } from './jobSchedules';
import type { JobStore } from './jobStore';
import {
  eventOf,
  isCommandJob,
  isToolJob,
  jobViewOf,
  toRunView,
  type JobRunView,
  type JobView,
} from './jobViews';

export type { JobRunView, JobView } from './jobViews';
export type { RunDueReport } from './jobSchedules';

export interface JobServiceOptions {
  store: JobStore;
  runner: JobRunner;
  installed: InstalledPluginLookup;
  findUser: (userId: number) => Promise<PublicUser | undefined>;
  log: Logger;
  /** Failures in a row that pause a job (default 3). */
  pauseAfter?: number;
  /** Runs kept per job (default 20). */
  historyLimit?: number;
  /** Per-user bound on event runs (default 30 a minute, 8 at once). */
  eventLimits?: Partial<EventLimits>;
  /** Where the event runs of a minute are counted (the server's database, shared by its instances); memory without. */
  eventRateCounter?: EventRateCounterFactory;
  now?: () => Date;
}

const jobNotFound = (pluginId: string, jobId: string) =>
  new ApiError(404, 'JOB_NOT_FOUND', `Your installed plugin "${pluginId}" has no job "${jobId}".`, {
    pluginId,
    jobId,
  });

const pluginInactive = (name: string, pluginId: string, what: string) =>
  new ApiError(409, 'PLUGIN_INACTIVE', `“${name}” is switched off; switch it on to ${what}.`, { pluginId });

/** Why "Run now" cannot start this entry (it needs its event, its menu or its assistant), or undefined. */
function notManual(job: PluginJob | EventJob): string | undefined {
  const event = eventOf(job);
  if (event) return `“${job.name}” runs when its event (${event}) happens; it cannot be started by hand.`;
  if (isCommandJob(job))
    return `“${job.name}” runs when you choose it from its menu (${job.command.where === 'dashboard' ? 'Dashboard actions' : "an asset's Asset actions"}).`;
  if (isToolJob(job))
    return `“${job.name}” runs when an AI assistant calls its tool (with the tool's input); it cannot be started by hand.`;
  return undefined;
}

export function createJobService(options: JobServiceOptions) {
  const { store, installed } = options;
  const historyLimit = options.historyLimit ?? 20;
  const now = options.now ?? (() => new Date());
  const inFlight = createInFlightRuns();
  const execution = createJobExecution({
    store,
    runner: options.runner,
    inFlight,
    log: options.log,
    pauseAfter: options.pauseAfter ?? 3,
    historyLimit,
    now,
    // The plugin hears that its job ended (delivered to its own subscriptions only).
    onFinished: (user, plugin, run) =>
      void events.deliver(user, {
        event: 'job.finished',
        pluginId: plugin.id,
        data: { run },
        at: run.finishedAt ?? now().toISOString(),
      }),
  });
  const events = createEventDelivery({
    installed,
    execution,
    limiter: createEventRunLimiter(options.eventLimits, options.eventRateCounter),
    log: options.log,
  });
  const schedules = createJobSchedules({
    store,
    runner: options.runner,
    installed,
    execution,
    findUser: options.findUser,
    log: options.log,
    now,
  });

  const commands = createCommandRuns({ store, installed, execution, inFlight });

  async function findJob(userId: number, pluginId: string, jobId: string) {
    const plugin = await installed.find(userId, pluginId);
    if (!plugin)
      throw new ApiError(404, 'PLUGIN_NOT_FOUND', `You have no installed plugin "${pluginId}".`, {
        pluginId,
      });
    const job: PluginJob | EventJob | ToolJob | CommandJob | undefined = [
      ...plugin.manifest.jobs,
      ...serverEventJobs(plugin.manifest),
      ...assistantToolJobs(plugin.manifest),
      ...serverCommandJobs(plugin.manifest),
    ].find((candidate) => candidate.id === jobId);
    if (!job) throw jobNotFound(pluginId, jobId);
    return { plugin, job };
  }

  const viewOf = async (userId: number, pluginId: string, jobId: string): Promise<JobView> => {
    const { plugin, job } = await findJob(userId, pluginId, jobId);
    return jobViewOf(store, plugin, job, await store.state({ userId, pluginId, jobId }), userId);
  };

  return {
    /** Every job of the user's installed plugins, with its state and latest runs. */
    async list(userId: number): Promise<JobView[]> {
      const [plugins, states] = await Promise.all([installed.list(userId), store.states(userId)]);
      const views: JobView[] = [];
      for (const plugin of plugins) {
        const manifest = plugin.manifest;
        const all = [
          ...manifest.jobs,
          ...serverEventJobs(manifest),
          ...assistantToolJobs(manifest),
          ...serverCommandJobs(manifest),
        ];
        for (const job of all) {
          const state = states.find((row) => row.plugin_id === plugin.id && row.job_id === job.id);
          views.push(await jobViewOf(store, plugin, job, state, userId));
        }
      }
      return views;
    },

    get: viewOf,

    /** Starts a run now and answers at once with the running record; the run goes on in the background. */
    async runNow(user: PublicUser, pluginId: string, jobId: string): Promise<JobRunView> {
      const { plugin, job } = await findJob(user.id, pluginId, jobId);
      const refusal = notManual(job);
      if (refusal) throw new ApiError(409, 'JOB_NOT_MANUAL', refusal, { pluginId, jobId });
      if (!plugin.isActive) throw pluginInactive(plugin.name, pluginId, 'run its jobs');
      inFlight.assertNotRunning({ userId: user.id, pluginId, jobId }, job.name);
      return (await execution.start(user, plugin, job, 'manual')).run;
    },

    /**
     * Runs a job for an AI assistant's tool call and waits for its end. The run is recorded like any other
     * (trigger `assistant`), under the same limits and permissions; the tool's checked input is in the
     * action's scope as `input`. `signal` ends the run as cancelled (the client went away).
     */
    async runForAssistant(
      user: PublicUser,
      pluginId: string,
      jobId: string,
      input: Record<string, unknown>,
      signal?: AbortSignal,
    ): Promise<JobRunView> {
      const { plugin, job } = await findJob(user.id, pluginId, jobId);
      if (!plugin.isActive) throw pluginInactive(plugin.name, pluginId, 'use its tools');
      inFlight.assertNotRunning({ userId: user.id, pluginId, jobId }, job.name);
      const started = await execution.start(user, plugin, job, 'assistant', { context: { input }, signal });
      await started.done;
      return toRunView((await store.run(user.id, started.run.id))!);
    },

    async run(userId: number, runId: number): Promise<JobRunView> {
      const row = Number.isSafeInteger(runId) ? await store.run(userId, runId) : undefined;
      if (!row) throw new ApiError(404, 'NOT_FOUND', `You have no job run ${runId}.`);
      return toRunView(row);
    },

    async history(userId: number, pluginId: string, jobId: string): Promise<JobRunView[]> {
      await findJob(userId, pluginId, jobId);
      return (await store.history({ userId, pluginId, jobId }, historyLimit)).map(toRunView);
    },

    /** Cancels a run of this user that is in progress on this instance; answers with the finished record. */
    async cancel(userId: number, runId: number): Promise<JobRunView> {
      const running = inFlight.get(runId);
      if (!running || running.key.userId !== userId) {
        const row = Number.isSafeInteger(runId) ? await store.run(userId, runId) : undefined;
        if (!row) throw new ApiError(404, 'NOT_FOUND', `You have no job run ${runId}.`);
        if (row.status !== 'running') return toRunView(row);
        throw new ApiError(
          409,
          'JOB_RUNNING',
          'This run is in progress on another server instance; try again shortly.',
        );
      }
      running.controller.abort();
      await running.done;
      return toRunView((await store.run(userId, runId))!);
    },

    /** Switches a scheduled job on (next run from now) or off. */
    async setSchedule(userId: number, pluginId: string, jobId: string, enabled: boolean): Promise<JobView> {
      const { job } = await findJob(userId, pluginId, jobId);
      await schedules.setSchedule(userId, job, pluginId, enabled);
      return viewOf(userId, pluginId, jobId);
    },

    /**
     * Runs a command whose action runs on the server (chosen from a host menu) and waits for its end; the
     * route loads the menu's context (the asset) itself.
     */
    runCommand: (
      user: PublicUser,
      pluginId: string,
      commandId: string,
      loadContext: CommandContextLoader,
      signal?: AbortSignal,
    ): Promise<JobRunView> => commands.run(user, pluginId, commandId, loadContext, signal),

    runDue: schedules.runDue,

    /**
     * Delivers a host event to the server-side subscriptions of one user's plugins. Answers with the runs it
     * started; never throws for a plugin's fault.
     */
    deliverEvent: (user: PublicUser, input: HostEventInput): Promise<JobRunView[]> =>
      events.deliver(user, input),

    /** Waits for this instance's runs in progress (server shutdown). */
    settle: inFlight.settle,
    /** Cancels this instance's runs in progress (server shutdown). */
    cancelAll: inFlight.cancelAll,
  };
}

export type JobService = ReturnType<typeof createJobService>;
