/**
 * The rows of plugin jobs: one state per user, plugin and job (jobStateStore) and the history of runs
 * (jobRunStore), offered as one store to the job service.
 */
import type { StacDb } from '../database';
import { createJobRunStore } from './jobRunStore';
import { createJobStateStore } from './jobStateStore';

export type { FinishedRun, JobKey, JobRunRow, JobStateRow } from './jobKey';

export function createJobStore(db: StacDb) {
  return { ...createJobStateStore(db), ...createJobRunStore(db) };
}

export type JobStore = ReturnType<typeof createJobStore>;
