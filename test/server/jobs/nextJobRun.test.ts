import { describe, expect, it } from 'vitest';
import { nextJobRun } from '../../../server/jobs/nextJobRun';
import { parseJobSchedule, type JobSchedule } from '../../../src/stac-schema/index';

const schedule = (text: string): JobSchedule => {
  const parsed = parseJobSchedule(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.schedule;
};

describe('the next run of a schedule', () => {
  it('counts intervals from the given time and reads cron in UTC', () => {
    const from = new Date('2026-03-02T08:30:00.000Z');
    expect(nextJobRun(schedule('daily'), from).toISOString()).toBe('2026-03-03T08:30:00.000Z');
    expect(nextJobRun(schedule('every 45m'), from).toISOString()).toBe('2026-03-02T09:15:00.000Z');
    expect(nextJobRun(schedule('0 7 * * 1-5'), from).toISOString()).toBe('2026-03-03T07:00:00.000Z');
    // 2026-03-06 is a Friday: the next weekday morning is Monday.
    expect(nextJobRun(schedule('0 7 * * 1-5'), new Date('2026-03-06T07:00:00.000Z')).toISOString()).toBe(
      '2026-03-09T07:00:00.000Z',
    );
  });
});
