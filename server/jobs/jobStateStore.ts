/**
 * The state row of each user's plugin job: the schedule switch, the next run, failures in a row and the pause.
 * A due run is claimed by one conditional UPDATE that moves `next_run_at` forward only if it still holds the
 * value the runner saw: on SQLite (one writer) and on PostgreSQL (the second UPDATE waits for the first's row
 * lock, then re-reads the row and matches nothing) exactly one of any number of concurrent runners wins.
 */
import type { StacDb } from '../database';
import { byKey, type JobKey, type JobStateRow } from './jobKey';

export function createJobStateStore(db: StacDb) {
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
  };
}
