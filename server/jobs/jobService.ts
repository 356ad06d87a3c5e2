/**
 * Plugin jobs as the API offers them: each user's jobs with their state and latest runs, "Run now" (the run
 * goes on in the background and can be cancelled), the schedule switch, and `runDue` for the scheduler and
 * the service account. A run is recorded before it starts and finished whatever happens; the `pauseAfter`-th
 * failure in a row pauses the job's schedule with the reason.
 */
import { describeJobSchedule, routeHostEvent, type HostEventInput } from '../../src/plugin-host/index';
import { serverEventJobs, type EventJob } from './eventJobs';
import { assistantToolJobs, type ToolJob } from './toolJobs';
import { nextJobRun } from './nextJobRun';
import type { PluginJob } from '../../src/stac-schema/index';
import { ApiError } from '../http/apiError';
import type { Logger } from '../http/requestLogger';
import type { PublicUser } from '../store/userStore';
import type { InstalledPlugin, InstalledPluginLookup } from './installedJobs';
import type { JobRunner, JobRunOutcome } from './jobRunner';
import type { JobKey, JobRunRow, JobStateRow, JobStore } from './jobStore';

type RunTrigger = JobRunRow['run_trigger'];

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

export interface RunDueReport {
  /** Runs this call started and finished. */
  ran: JobRunView[];
  /** Due schedules another runner claimed first. */
  skipped: number;
  /** Schedules switched off because their plugin or job is gone. */
  stopped: number;
}

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
  now?: () => Date;
}

const toRunView = (row: JobRunRow): JobRunView => {
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

const jobNotFound = (pluginId: string, jobId: string) =>
  new ApiError(404, 'JOB_NOT_FOUND', `Your installed plugin "${pluginId}" has no job "${jobId}".`, {
    pluginId,
    jobId,
  });

export function createJobService(options: JobServiceOptions) {
  const { store, runner, installed } = options;
  const pauseAfter = options.pauseAfter ?? 3;
  const historyLimit = options.historyLimit ?? 20;
  const now = options.now ?? (() => new Date());
  /** Runs in progress on this instance, by run id: what "Cancel" can reach. */
  const inFlight = new Map<number, { key: JobKey; controller: AbortController; done: Promise<void> }>();

  async function findJob(userId: number, pluginId: string, jobId: string) {
    const plugin = await installed.find(userId, pluginId);
    if (!plugin)
      throw new ApiError(404, 'PLUGIN_NOT_FOUND', `You have no installed plugin "${pluginId}".`, {
        pluginId,
      });
    const job: PluginJob | EventJob | ToolJob | undefined =
      plugin.manifest.jobs.find((candidate) => candidate.id === jobId) ??
      serverEventJobs(plugin.manifest).find((candidate) => candidate.id === jobId) ??
      assistantToolJobs(plugin.manifest).find((candidate) => candidate.id === jobId);
    if (!job) throw jobNotFound(pluginId, jobId);
    return { plugin, job };
  }

  const eventOf = (job: PluginJob | EventJob) => ('event' in job ? job.event : undefined);
  /** An MCP tool's own action: only an assistant's call starts it. */
  const isToolJob = (job: PluginJob): job is ToolJob => 'tool' in job;

  /** One run of a job at a time per user on this instance, whoever starts it. */
  function assertNotRunning(key: JobKey, jobName: string): void {
    for (const running of inFlight.values()) {
      const same =
        running.key.userId === key.userId &&
        running.key.pluginId === key.pluginId &&
        running.key.jobId === key.jobId;
      if (same)
        throw new ApiError(409, 'JOB_RUNNING', `“${jobName}” is already running; wait for it or cancel it.`, {
          pluginId: key.pluginId,
          jobId: key.jobId,
        });
    }
  }

  function pauseReason(outcome: JobRunOutcome): string {
    return `Paused after ${pauseAfter} failed runs in a row. Last error: ${outcome.error?.message ?? 'unknown'} Switch the schedule on again to resume.`;
  }

  /** Records a run, runs it, and finishes the record whatever happens. */
  async function execute(
    user: PublicUser,
    plugin: InstalledPlugin,
    job: PluginJob,
    trigger: RunTrigger,
    runId: number,
    signal: AbortSignal,
    context?: Record<string, unknown>,
  ): Promise<void> {
    const key: JobKey = { userId: user.id, pluginId: plugin.id, jobId: job.id };
    const outcome = await runner.run({
      user: { id: user.id, username: user.username, name: user.name },
      plugin: { id: plugin.id, name: plugin.name, version: plugin.version, manifest: plugin.manifest },
      job,
      signal,
      context,
    });
    const finishedAt = now().toISOString();
    try {
      await store.finishRun(runId, {
        status: outcome.status,
        finishedAt,
        durationMs: outcome.durationMs,
        summary: outcome.summary ?? null,
        errorCode: outcome.error?.code ?? null,
        errorMessage: outcome.error?.message ?? null,
        resultJson: outcome.result === undefined ? null : JSON.stringify(outcome.result),
      });
      // A cancel is the user's choice, not the job's failure; an event's run has no schedule to pause.
      if (outcome.status !== 'cancelled' && trigger !== 'event')
        await store.recordOutcome(
          key,
          outcome.status === 'succeeded',
          pauseAfter,
          pauseReason(outcome),
          finishedAt,
        );
      await store.prune(key, historyLimit);
    } catch (error) {
      options.log({
        level: 'error',
        msg: 'could not record a job run',
        pluginId: plugin.id,
        jobId: job.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    options.log({
      level: outcome.status === 'succeeded' ? 'info' : 'warn',
      msg: 'job run finished',
      pluginId: plugin.id,
      jobId: job.id,
      trigger,
      status: outcome.status,
      durationMs: outcome.durationMs,
    });
    // The plugin hears that its job ended; an event's own run raises nothing, so events never loop.
    if (trigger !== 'event') {
      const row = await store.run(user.id, runId).catch(() => undefined);
      if (row)
        startEventRuns(user, {
          event: 'job.finished',
          pluginId: plugin.id,
          data: { run: { ...toRunView(row), jobName: job.name } },
          at: finishedAt,
        }).catch((error: unknown) => logDeliveryFailure('job.finished', error));
    }
  }

  function logDeliveryFailure(event: string, error: unknown) {
    options.log({
      level: 'error',
      msg: 'could not deliver a host event',
      event,
      error: error instanceof Error ? error.message : String(error),
    });
  }

  /**
   * Starts the server-side runs of an event for one user: each active subscribed plugin granted the event's
   * data gets its run recorded (trigger `event`) and run in the background, isolated like any job run.
   */
  async function startEventRuns(user: PublicUser, input: HostEventInput): Promise<JobRunView[]> {
    const plugins = await installed.list(user.id);
    const routing = routeHostEvent(input, plugins, 'server');
    const started: JobRunView[] = [];
    for (const delivery of routing.deliveries) {
      const job = serverEventJobs(delivery.plugin.manifest).find(
        (candidate) => candidate.subscription === delivery.subscription,
      );
      if (!job) continue;
      const key = { userId: user.id, pluginId: delivery.plugin.id, jobId: job.id };
      const runId = await store.startRun(key, delivery.plugin.version, 'event', now().toISOString());
      const controller = new AbortController();
      const done = execute(user, delivery.plugin, job, 'event', runId, controller.signal, delivery.scope)
        .catch((error: unknown) => logDeliveryFailure(input.event, error))
        .finally(() => inFlight.delete(runId));
      inFlight.set(runId, { key, controller, done });
      const row = await store.run(user.id, runId);
      if (row) started.push(toRunView(row));
    }
    return started;
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
      trigger: eventOf(job) ? 'event' : isToolJob(job) ? 'assistant' : job.trigger,
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

  async function viewOf(
    plugin: InstalledPlugin,
    job: PluginJob | EventJob,
    state: JobStateRow | undefined,
    userId: number,
  ) {
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
    await execute(user, plugin, job, 'scheduled', runId, new AbortController().signal);
    const row = await store.run(key.userId, runId);
    if (row) report.ran.push(toRunView(row));
  }

  return {
    /** Every job of the user's installed plugins, with its state and latest runs. */
    async list(userId: number): Promise<JobView[]> {
      const [plugins, states] = await Promise.all([installed.list(userId), store.states(userId)]);
      const views: JobView[] = [];
      for (const plugin of plugins) {
        const manifest = plugin.manifest;
        for (const job of [...manifest.jobs, ...serverEventJobs(manifest), ...assistantToolJobs(manifest)]) {
          const state = states.find((row) => row.plugin_id === plugin.id && row.job_id === job.id);
          views.push(await viewOf(plugin, job, state, userId));
        }
      }
      return views;
    },

    async get(userId: number, pluginId: string, jobId: string): Promise<JobView> {
      const { plugin, job } = await findJob(userId, pluginId, jobId);
      return viewOf(plugin, job, await store.state({ userId, pluginId, jobId }), userId);
    },

    /** Starts a run now and answers at once with the running record; the run goes on in the background. */
    async runNow(user: PublicUser, pluginId: string, jobId: string): Promise<JobRunView> {
      const { plugin, job } = await findJob(user.id, pluginId, jobId);
      const event = eventOf(job);
      if (event)
        throw new ApiError(
          409,
          'JOB_NOT_MANUAL',
          `“${job.name}” runs when its event (${event}) happens; it cannot be started by hand.`,
          { pluginId, jobId },
        );
      if (isToolJob(job))
        throw new ApiError(
          409,
          'JOB_NOT_MANUAL',
          `“${job.name}” runs when an AI assistant calls its tool (with the tool's input); it cannot be started by hand.`,
          { pluginId, jobId },
        );
      if (!plugin.isActive)
        throw new ApiError(
          409,
          'PLUGIN_INACTIVE',
          `“${plugin.name}” is switched off; switch it on to run its jobs.`,
          {
            pluginId,
          },
        );
      const key = { userId: user.id, pluginId, jobId };
      assertNotRunning(key, job.name);
      const startedAt = now().toISOString();
      const runId = await store.startRun(key, plugin.version, 'manual', startedAt);
      const controller = new AbortController();
      const done = execute(user, plugin, job, 'manual', runId, controller.signal).finally(() =>
        inFlight.delete(runId),
      );
      inFlight.set(runId, { key, controller, done });
      const row = await store.run(user.id, runId);
      return toRunView(row!);
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
      if (!plugin.isActive)
        throw new ApiError(409, 'PLUGIN_INACTIVE', `“${plugin.name}” is switched off; switch it on first.`, {
          pluginId,
        });
      const key = { userId: user.id, pluginId, jobId };
      assertNotRunning(key, job.name);
      const runId = await store.startRun(key, plugin.version, 'assistant', now().toISOString());
      const controller = new AbortController();
      signal?.addEventListener('abort', () => controller.abort(), { once: true });
      const done = execute(user, plugin, job, 'assistant', runId, controller.signal, { input }).finally(() =>
        inFlight.delete(runId),
      );
      inFlight.set(runId, { key, controller, done });
      await done;
      return toRunView((await store.run(user.id, runId))!);
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
      const { plugin, job } = await findJob(userId, pluginId, jobId);
      if (!job.schedule)
        throw new ApiError(
          409,
          'JOB_NOT_SCHEDULED',
          `“${job.name}” runs only when you start it; it has no schedule to switch on.`,
          { pluginId, jobId },
        );
      const at = now();
      await store.setSchedule(
        { userId, pluginId, jobId },
        enabled,
        enabled ? job.schedule.text : null,
        enabled ? nextJobRun(job.schedule, at).toISOString() : null,
        at.toISOString(),
      );
      return viewOf(plugin, job, await store.state({ userId, pluginId, jobId }), userId);
    },

    /**
     * Runs every schedule that is due, each claimed first so that concurrent callers (two instances, the
     * scheduler and `jobs:run-due`) run it once. Runs go side by side; one failing never stops the others.
     */
    async runDue(limit = 50): Promise<RunDueReport> {
      const at = now();
      const nowText = at.toISOString();
      await store.failAbandoned(
        new Date(at.getTime() - 2 * runner.limits.timeoutMs - 60_000).toISOString(),
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

    /**
     * Delivers a host event to the server-side subscriptions of one user's plugins (the page runs the page
     * actions itself). Answers with the runs it started; they go on in the background. Never throws for a
     * plugin's fault: a failing action is a failed run, like a job's.
     */
    async deliverEvent(user: PublicUser, input: HostEventInput): Promise<JobRunView[]> {
      try {
        return await startEventRuns(user, input);
      } catch (error) {
        // The change that raised the event is already saved; a delivery problem is logged, not the user's.
        logDeliveryFailure(input.event, error);
        return [];
      }
    },

    /** Waits for this instance's runs in progress (server shutdown). */
    async settle(): Promise<void> {
      await Promise.all([...inFlight.values()].map((running) => running.done));
    },
    /** Cancels this instance's runs in progress (server shutdown). */
    cancelAll(): void {
      for (const running of inFlight.values()) running.controller.abort();
    },
  };
}

export type JobService = ReturnType<typeof createJobService>;
