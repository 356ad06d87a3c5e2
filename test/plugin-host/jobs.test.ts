import { describe, expect, it } from 'vitest';
import { describeJobSchedule, jobSummary } from '../../src/plugin-host';
import { parseJobSchedule, type JobSchedule } from '../../src/stac-schema';

const schedule = (text: string): JobSchedule => {
  const parsed = parseJobSchedule(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.schedule;
};

describe('job schedules', () => {
  it('describes a schedule for the plugins page unless the author labelled it', () => {
    expect(describeJobSchedule({ schedule: schedule('daily') })).toBe('Daily');
    expect(describeJobSchedule({ schedule: schedule('every 2 hours') })).toBe('Every 2 hours');
    expect(describeJobSchedule({ schedule: schedule('0 7 * * *') })).toContain('0 7 * * *');
    expect(describeJobSchedule({ schedule: schedule('daily'), scheduleLabel: 'Every morning' })).toBe(
      'Every morning',
    );
  });
});

describe('job summaries', () => {
  it('binds the summary template against the run result, on one line', () => {
    expect(
      jobSummary('<<result.count>> low\n  on <<upper result.where>>', {
        result: { count: 3, where: 'shelf a' },
      }),
    ).toEqual({
      text: '3 low on SHELF A',
    });
  });

  it('never reaches the prototype from a template', () => {
    const summary = jobSummary('<<result.constructor.name>>x', { result: {} });
    expect(summary.text).toBeUndefined();
    expect(summary.problem).toBeTruthy();
  });

  it('reports a broken template instead of throwing', () => {
    const summary = jobSummary('<<#if>>', { result: {} });
    expect(summary.text).toBeUndefined();
    expect(summary.problem).toBeTruthy();
  });
});
