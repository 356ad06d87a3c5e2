/**
 * The rows of plugin jobs: one state per user, plugin and job (schedule switch, next run, failures in a row,
 * pause) and the history of runs. A due run is claimed by one conditional UPDATE that moves `next_run_at`
 * forward only if it still holds the value the runner saw: on SQLite (one writer) and on PostgreSQL (the
 * second UPDATE waits for the first's row lock, then re-reads the row and matches nothing) exactly one of
 * any number of concurrent runners wins.
 */
import type { Selectable } from 'kysely';
import type { JobRunsTable, JobRunStatus, JobStatesTable, StacDb } from '../database';

export type JobStateRow = Selectable<JobStatesTable>;
export type JobRunRow = Selectable<JobRunsTable>;

export interface JobKey {
  userId: number;
  pluginId: string;
  jobId: string;
}

export interface FinishedRun {
  status: Exclude<JobRunStatus, 'running'>;
  finishedAt: string;
  durationMs: number;
  summary: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  resultJson: string | null;
}

const byKey = (key: JobKey) => ({ user_id: key.userId, plugin_id: key.pluginId, job_id: key.jobId });

export function createJobStore(db: StacDb) {
  /** Creates the state row with its defaults when it is missing (first run or first switch). */
  async function ensureState(key: JobKey, now: string): Promise<void> {
    await db
      .insertInto('job_states')
      .values({ ...byKey(key), schedule_enabled: 0, consecutive_failures: 0, updated_at: now })
      .onConflict((conflict) => conflict.columns(['user_id', 'plugin_id', 'job_id']).doNothing())
      .execute();
  }

  return {
    ensureState,
    async states(userId: number): Promise<JobStateRow[]> {
      return db.selectFrom('job_states').selectAll().where('user_id', '=', userId).execute();
    },
    async state(key: JobKey): Promise<JobStateRow | undefined> {
      return db
        .selectFrom('job_states')
        .selectAll()
        .where((eb) => eb.and(byKey(key)))
        .executeTakeFirst();
    },
    async setSchedule(
      key: JobKey,
      enabled: boolean,
      scheduleText: string | null,
      nextRunAt: string | null,
      now: string,
    ): Promise<void> {
      await ensureState(key, now);
      await db
        .updateTable('job_states')
        .set({
          schedule_enabled: enabled ? 1 : 0,
          schedule_text: scheduleText,
          next_run_at: nextRunAt,
          // Switching on again is how a user resumes a paused job.
          ...(enabled ? { consecutive_failures: 0, paused_reason: null } : {}),
          updated_at: now,
        })
        .where((eb) => eb.and(byKey(key)))
        .execute();
    },
    /** Enabled, unpaused schedules whose time has come, oldest first. */
    async due(now: string, limit: number): Promise<JobStateRow[]> {
      return db
        .selectFrom('job_states')
        .selectAll()
        .where('schedule_enabled', '=', 1)
        .where('paused_reason', 'is', null)
        .where('next_run_at', '<=', now)
        .orderBy('next_run_at')
        .limit(limit)
        .execute();
    },
    /** Moves a due schedule to its next time if nobody else did; true when this caller claimed the run. */
    async claim(key: JobKey, seenNextRunAt: string, nextRunAt: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('job_states')
        .set({ next_run_at: nextRunAt, updated_at: now })
        .where((eb) => eb.and(byKey(key)))
        .where('next_run_at', '=', seenNextRunAt)
        .where('schedule_enabled', '=', 1)
        .where('paused_reason', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Turns a schedule off with a reason (its plugin was uninstalled, or no longer declares the job). */
    async stopSchedule(key: JobKey, reason: string, now: string): Promise<void> {
      await db
        .updateTable('job_states')
        .set({ schedule_enabled: 0, next_run_at: null, paused_reason: reason, updated_at: now })
        .where((eb) => eb.and(byKey(key)))
        .execute();
    },
    /**
     * Counts a finished run: a success clears the failure count and any pause; the `pauseAfter`-th failure in
     * a row pauses the job with `reason`. Returns the state after the update.
     */
    async recordOutcome(
      key: JobKey,
      succeeded: boolean,
      pauseAfter: number,
      reason: string,
      now: string,
    ): Promise<JobStateRow | undefined> {
      await ensureState(key, now);
      if (succeeded) {
        await db
          .updateTable('job_states')
          .set({ consecutive_failures: 0, paused_reason: null, updated_at: now })
          .where((eb) => eb.and(byKey(key)))
          .execute();
      } else {
        await db
          .updateTable('job_states')
          .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1), updated_at: now }))
          .where((eb) => eb.and(byKey(key)))
          .execute();
        await db
          .updateTable('job_states')
          .set({ paused_reason: reason, updated_at: now })
          .where((eb) => eb.and(byKey(key)))
          .where('consecutive_failures', '>=', pauseAfter)
          .where('paused_reason', 'is', null)
          .execute();
      }
      return db
        .selectFrom('job_states')
        .selectAll()
        .where((eb) => eb.and(byKey(key)))
        .executeTakeFirst();
    },
    async startRun(
      key: JobKey,
      pluginVersion: string,
      trigger: JobRunsTable['run_trigger'],
      startedAt: string,
    ): Promise<number> {
      const row = await db
        .insertInto('job_runs')
        .values({
          ...byKey(key),
          plugin_version: pluginVersion,
          run_trigger: trigger,
          status: 'running',
          started_at: startedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async finishRun(runId: number, finished: FinishedRun): Promise<void> {
      await db
        .updateTable('job_runs')
        .set({
          status: finished.status,
          finished_at: finished.finishedAt,
          duration_ms: finished.durationMs,
          summary: finished.summary,
          error_code: finished.errorCode,
          error_message: finished.errorMessage,
          result_json: finished.resultJson,
        })
        .where('id', '=', runId)
        .where('status', '=', 'running')
        .execute();
    },
    async run(userId: number, runId: number): Promise<JobRunRow | undefined> {
      return db
        .selectFrom('job_runs')
        .selectAll()
        .where('id', '=', runId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    /** The newest runs of one job, newest first; `trigger` narrows to manual or scheduled runs. */
    async history(key: JobKey, limit: number, trigger?: 'manual' | 'scheduled'): Promise<JobRunRow[]> {
      let query = db
        .selectFrom('job_runs')
        .selectAll()
        .where((eb) => eb.and(byKey(key)));
      if (trigger) query = query.where('run_trigger', '=', trigger);
      return query.orderBy('id', 'desc').limit(limit).execute();
    },
    /** Keeps the newest `keep` runs of a job (a short history), never one still running. */
    async prune(key: JobKey, keep: number): Promise<void> {
      const cutoff = await db
        .selectFrom('job_runs')
        .select('id')
        .where((eb) => eb.and(byKey(key)))
        .orderBy('id', 'desc')
        .offset(keep)
        .limit(1)
        .executeTakeFirst();
      if (!cutoff) return;
      await db
        .deleteFrom('job_runs')
        .where((eb) => eb.and(byKey(key)))
        .where('id', '<=', cutoff.id)
        .where('status', '!=', 'running')
        .execute();
    },
    /** Runs left `running` by a server that stopped mid-run (older than `before`) end as failed, not forever. */
    async failAbandoned(before: string, now: string): Promise<number> {
      const result = await db
        .updateTable('job_runs')
        .set({
          status: 'failed',
          finished_at: now,
          error_code: 'interrupted',
          error_message: 'The server stopped during this run; run it again.',
        })
        .where('status', '=', 'running')
        .where('started_at', '<', before)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

export type JobStore = ReturnType<typeof createJobStore>;
