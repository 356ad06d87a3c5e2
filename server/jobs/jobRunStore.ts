/**
 * The history of plugin job runs: a row written before a run starts and finished whatever happens, a short
 * history per job, and runs a stopped server left behind.
 */
import type { JobRunsTable, StacDb } from '../database';
import { byKey, type FinishedRun, type JobKey, type JobRunRow } from './jobKey';

export function createJobRunStore(db: StacDb) {
  return {
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
