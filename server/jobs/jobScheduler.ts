/**
 * The in-process scheduler `npm start` runs: every `intervalMs` it asks the job service to run what is due.
 * Ticks never overlap (a slow round makes the next one wait), and the timer does not keep the process alive.
 * Several instances may each run one: claims in the database make every due run happen once.
 */
import type { Logger } from '../http/requestLogger';
import type { JobService } from './jobService';

export interface JobScheduler {
  stop(): Promise<void>;
}

export function startJobScheduler(
  jobs: Pick<JobService, 'runDue'>,
  log: Logger,
  intervalMs = 60_000,
): JobScheduler {
  let round: Promise<void> | undefined;
  const tick = () => {
    if (round) return;
    round = jobs
      .runDue()
      .then((report) => {
        if (report.ran.length || report.stopped)
          log({
            level: 'info',
            msg: 'scheduled jobs ran',
            ran: report.ran.length,
            skipped: report.skipped,
            stopped: report.stopped,
          });
      })
      .catch((error: unknown) =>
        log({ level: 'error', msg: 'scheduled jobs could not run', error: String(error) }),
      )
      .finally(() => {
        round = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
