/** The rows and keys the job stores share: one job of one user's installed plugin. */
import type { Selectable } from 'kysely';
import type { JobRunsTable, JobRunStatus, JobStatesTable } from '../database';

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

export const byKey = (key: JobKey) => ({ user_id: key.userId, plugin_id: key.pluginId, job_id: key.jobId });
