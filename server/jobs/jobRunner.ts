/**
 * Runs one plugin job on the server (runJobAction dispatches its STAC action) under a time limit that does not
 * trust the action to notice, and a cancel the user can press. Whatever the job does, `run` resolves with an
 * outcome and never throws, so one bad job never takes another, or the server, with it.
 */
import type { AssetStore } from '../store/assetStore';
import type { JobFetchOptions } from './jobFetch';
import { runJobAction, type JobActionDeps } from './runJobAction';
import { createServerActionRegistry } from './serverActionRegistry';
import type { JobLimits, JobRunInput, JobRunOutcome } from './jobRunTypes';

export type { JobLimits, JobRunInput, JobRunOutcome } from './jobRunTypes';

export const DEFAULT_JOB_LIMITS: Readonly<JobLimits> = Object.freeze({
  timeoutMs: 30_000,
  maxResultBytes: 64_000,
  maxSteps: 200,
});

export interface JobRunnerOptions {
  assets: AssetStore;
  fetch: JobFetchOptions;
  limits?: Partial<JobLimits>;
  now?: () => Date;
}

export interface JobRunner {
  readonly limits: Readonly<JobLimits>;
  run(input: JobRunInput): Promise<JobRunOutcome>;
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const limits: Readonly<JobLimits> = Object.freeze({ ...DEFAULT_JOB_LIMITS, ...options.limits });
  const deps: JobActionDeps = {
    registry: createServerActionRegistry(limits),
    assets: options.assets,
    fetch: options.fetch,
    limits,
    now: options.now ?? (() => new Date()),
  };

  return {
    limits,
    async run(input) {
      const startedMs = Date.now();
      const controller = new AbortController();
      const onCancel = () => controller.abort(new Error('cancelled'));
      if (input.signal?.aborted) onCancel();
      input.signal?.addEventListener('abort', onCancel, { once: true });
      let timer: ReturnType<typeof setTimeout> | undefined;
      // The deadline does not trust the action to notice the abort: a host method stuck on I/O still ends here.
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => {
          controller.abort(new Error('timeout'));
          resolve('timeout');
        }, limits.timeoutMs);
      });
      const cancelled = new Promise<'cancelled'>((resolve) => {
        if (controller.signal.aborted) resolve('cancelled');
        input.signal?.addEventListener('abort', () => resolve('cancelled'), { once: true });
      });
      try {
        const outcome = await Promise.race([
          runJobAction(input, controller.signal, deps),
          deadline,
          cancelled,
        ]);
        const durationMs = Date.now() - startedMs;
        if (outcome === 'timeout') {
          return {
            status: 'timed_out',
            durationMs,
            error: {
              code: 'timed_out',
              message: `The job ran longer than ${Math.round(limits.timeoutMs / 1000)} s and was stopped; make it do less per run.`,
            },
          };
        }
        if (outcome === 'cancelled' || (input.signal?.aborted && outcome.status !== 'succeeded')) {
          return {
            status: 'cancelled',
            durationMs,
            error: { code: 'cancelled', message: 'The run was cancelled.' },
          };
        }
        return outcome;
      } catch (error) {
        // dispatch never throws; this guards the runner's own code so a bug fails one run, not the server.
        return {
          status: 'failed',
          durationMs: Date.now() - startedMs,
          error: {
            code: 'runner_failed',
            message: `The job could not run: ${error instanceof Error ? error.message : String(error)}`,
          },
        };
      } finally {
        clearTimeout(timer);
        input.signal?.removeEventListener('abort', onCancel);
      }
    },
  };
}
