/**
 * When a schedule next fires. Server-only: croner (the cron library) stays out of browser bundles.
 */
import { Cron } from 'croner';
import { MIN_SCHEDULE_INTERVAL_MS, type JobSchedule } from '../../src/stac-schema/index';

/**
 * The first time after `after` that `schedule` fires (intervals count from `after`; cron in UTC by croner),
 * never sooner than the minimum interval, whatever expression got through.
 */
export function nextJobRun(schedule: JobSchedule, after: Date): Date {
  const earliest = after.getTime() + MIN_SCHEDULE_INTERVAL_MS;
  if (schedule.kind === 'interval')
    return new Date(after.getTime() + Math.max(schedule.everyMs, MIN_SCHEDULE_INTERVAL_MS));
  const cron = new Cron(schedule.expression, { timezone: 'UTC', paused: true });
  try {
    const next =
      cron.nextRun(new Date(earliest - 1000)) ?? new Date(after.getTime() + 365 * 24 * 60 * 60_000);
    return next;
  } finally {
    cron.stop();
  }
}
