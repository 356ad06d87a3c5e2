/**
 * The runs in progress on this server instance, by run id: what "Cancel" can reach, what shutdown waits for,
 * and the rule that one job of one user runs once at a time, whoever starts it.
 */
import { ApiError } from '../http/apiError';
import type { JobKey } from './jobStore';

interface InFlightRun {
  key: JobKey;
  controller: AbortController;
  done: Promise<void>;
}

export function createInFlightRuns() {
  const runs = new Map<number, InFlightRun>();
  return {
    assertNotRunning(key: JobKey, jobName: string): void {
      for (const running of runs.values()) {
        const same =
          running.key.userId === key.userId &&
          running.key.pluginId === key.pluginId &&
          running.key.jobId === key.jobId;
        if (same)
          throw new ApiError(
            409,
            'JOB_RUNNING',
            `“${jobName}” is already running; wait for it or cancel it.`,
            {
              pluginId: key.pluginId,
              jobId: key.jobId,
            },
          );
      }
    },
    /** Keeps a run reachable until `done` settles; answers `done`. */
    track(runId: number, key: JobKey, controller: AbortController, done: Promise<void>): Promise<void> {
      const tracked = done.finally(() => runs.delete(runId));
      runs.set(runId, { key, controller, done: tracked });
      return tracked;
    },
    get(runId: number): InFlightRun | undefined {
      return runs.get(runId);
    },
    /** Runs in progress of one user (the event limiter counts them). */
    countFor(userId: number): number {
      let count = 0;
      for (const running of runs.values()) if (running.key.userId === userId) count += 1;
      return count;
    },
    async settle(): Promise<void> {
      await Promise.all([...runs.values()].map((running) => running.done));
    },
    cancelAll(): void {
      for (const running of runs.values()) running.controller.abort();
    },
  };
}

export type InFlightRuns = ReturnType<typeof createInFlightRuns>;
