/**
 * Runs a job and keeps its record: the run row is written before it starts and finished whatever happens; the
 * `pauseAfter`-th failure in a row pauses the job's schedule with the reason; the history is cut to its
 * length; and when the run is not an event's own, the plugin hears `job.finished`.
 */
import type { PluginJob } from '../../src/stac-schema/index';
import type { Logger } from '../http/requestLogger';
import type { PublicUser } from '../store/userStore';
import type { InFlightRuns } from './inFlightRuns';
import type { InstalledPlugin } from './installedJobs';
import type { JobRunner, JobRunOutcome } from './jobRunner';
import type { JobKey, JobStore } from './jobStore';
import { toRunView, type JobRunView, type RunTrigger } from './jobViews';

export interface JobExecutionOptions {
  store: JobStore;
  runner: JobRunner;
  inFlight: InFlightRuns;
  log: Logger;
  pauseAfter: number;
  historyLimit: number;
  now: () => Date;
  /** Told of every finished run but an event's own (which raises nothing, so events never loop). */
  onFinished: (user: PublicUser, plugin: InstalledPlugin, run: JobRunView & { jobName: string }) => void;
}

export interface StartRunOptions {
  /** Extra scope for the action and its summary (an event's payload, a command's asset, a tool's input). */
  context?: Record<string, unknown>;
  /** Ends the run as cancelled (the caller went away). */
  signal?: AbortSignal;
  /** Written to the run's row as it starts; the default is the service's clock. */
  startedAt?: string;
}

export function createJobExecution(options: JobExecutionOptions) {
  const { store, runner, log, pauseAfter, historyLimit, now } = options;

  function pauseReason(outcome: JobRunOutcome): string {
    return `Paused after ${pauseAfter} failed runs in a row. Last error: ${outcome.error?.message ?? 'unknown'} Switch the schedule on again to resume.`;
  }

  async function record(key: JobKey, runId: number, trigger: RunTrigger, outcome: JobRunOutcome) {
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
      // A cancel is the user's choice, not the job's failure; only a job's own schedule is paused.
      if (outcome.status !== 'cancelled' && trigger !== 'event' && trigger !== 'command')
        await store.recordOutcome(
          key,
          outcome.status === 'succeeded',
          pauseAfter,
          pauseReason(outcome),
          finishedAt,
        );
      await store.prune(key, historyLimit);
    } catch (error) {
      log({
        level: 'error',
        msg: 'could not record a job run',
        pluginId: key.pluginId,
        jobId: key.jobId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** Runs a recorded run to its end and records how it ended. */
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
    await record(key, runId, trigger, outcome);
    log({
      level: outcome.status === 'succeeded' ? 'info' : 'warn',
      msg: 'job run finished',
      pluginId: plugin.id,
      jobId: job.id,
      trigger,
      status: outcome.status,
      durationMs: outcome.durationMs,
    });
    if (trigger === 'event') return;
    const row = await store.run(user.id, runId).catch(() => undefined);
    if (row) options.onFinished(user, plugin, { ...toRunView(row), jobName: job.name });
  }

  return {
    execute,
    /** Records a run that was not started (the event limit dropped it), with why, so the user can see it. */
    async recordDropped(
      user: PublicUser,
      plugin: InstalledPlugin,
      job: PluginJob,
      trigger: RunTrigger,
      reason: string,
    ): Promise<JobRunView> {
      const key: JobKey = { userId: user.id, pluginId: plugin.id, jobId: job.id };
      const at = now().toISOString();
      const runId = await store.startRun(key, plugin.version, trigger, at);
      await store.finishRun(runId, {
        status: 'dropped',
        finishedAt: at,
        durationMs: 0,
        summary: null,
        errorCode: 'event_limit',
        errorMessage: reason,
        resultJson: null,
      });
      await store.prune(key, historyLimit);
      log({ level: 'warn', msg: 'event run dropped', pluginId: plugin.id, jobId: job.id, reason });
      return toRunView((await store.run(user.id, runId))!);
    },
    /**
     * Records a run and starts it in the background, reachable by "Cancel" until it ends. Answers the running
     * record and a promise of its end (which never rejects).
     */
    async start(
      user: PublicUser,
      plugin: InstalledPlugin,
      job: PluginJob,
      trigger: RunTrigger,
      run: StartRunOptions = {},
    ): Promise<{ run: JobRunView; done: Promise<void> }> {
      const key: JobKey = { userId: user.id, pluginId: plugin.id, jobId: job.id };
      const runId = await store.startRun(key, plugin.version, trigger, run.startedAt ?? now().toISOString());
      const controller = new AbortController();
      run.signal?.addEventListener('abort', () => controller.abort(), { once: true });
      const done = options.inFlight.track(
        runId,
        key,
        controller,
        execute(user, plugin, job, trigger, runId, controller.signal, run.context).catch((error: unknown) =>
          log({
            level: 'error',
            msg: 'a job run ended in the runner itself',
            pluginId: plugin.id,
            jobId: job.id,
            error: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
      const row = await store.run(user.id, runId);
      return { run: toRunView(row!), done };
    },
  };
}

export type JobExecution = ReturnType<typeof createJobExecution>;
