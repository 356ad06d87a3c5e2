import { describe, expect, it } from 'vitest';
import { parseJobSchedule, readPluginManifest } from '../../src/stac-schema';

const action = { method: 'lowStockReport' };

describe('jobs in the manifest', () => {
  it('reads manual and scheduled jobs, a scheduled one daily unless it says otherwise', () => {
    const { manifest, issues } = readPluginManifest(
      {
        jobs: [
          { id: 'low-stock', name: 'Low stock', action, summary: '<<result.count>> low' },
          { id: 'value', name: 'Value', trigger: 'scheduled', action },
          {
            id: 'orders',
            name: 'Orders',
            schedule: '0 7 * * 1-5',
            scheduleLabel: 'Weekday mornings',
            action,
          },
        ],
      },
      { mode: 'strict' },
    );
    expect(issues).toEqual([]);
    expect(manifest.jobs.map((job) => [job.id, job.trigger, job.schedule?.text])).toEqual([
      ['low-stock', 'manual', undefined],
      ['value', 'scheduled', 'daily'],
      ['orders', 'scheduled', '0 7 * * 1-5'],
    ]);
    expect(manifest.jobs[2].scheduleLabel).toBe('Weekday mornings');
  });

  it('points at the field of each broken job', () => {
    const { manifest, issues } = readPluginManifest(
      {
        jobs: [
          { id: 'Bad id!', name: 'x', action },
          { id: 'no-action', name: 'x' },
          { id: 'often', name: 'x', trigger: 'scheduled', schedule: '* * * * *', action },
          { id: 'nonsense', name: 'x', schedule: 'sometimes', action },
          { id: 'manual', name: 'x', trigger: 'manual', schedule: 'daily', action },
          { id: 'manual', name: 'again', action },
        ],
      },
      { mode: 'strict' },
    );
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
    expect(byPath['jobs[0].id']).toMatch(/letter, then letters/);
    expect(byPath['jobs[1].action']).toMatch(/needs an "action"/);
    expect(byPath['jobs[2].schedule']).toMatch(/more often than every 5 minutes/);
    expect(byPath['jobs[3].schedule']).toMatch(/neither/);
    expect(byPath['jobs[4].schedule']).toMatch(/never used/);
    expect(byPath['jobs[5].id']).toMatch(/declared twice/);
    expect(issues.every((issue) => issue.severity === 'error')).toBe(true);
    expect(manifest.jobs.map((job) => job.id)).toEqual(['manual']);
  });

  it('reads schedules as intervals or cron expressions', () => {
    expect(parseJobSchedule('every 30m')).toMatchObject({
      ok: true,
      schedule: { kind: 'interval', everyMs: 1_800_000 },
    });
    expect(parseJobSchedule('every 6 hours')).toMatchObject({ ok: true, schedule: { everyMs: 21_600_000 } });
    expect(parseJobSchedule('weekly')).toMatchObject({ ok: true, schedule: { everyMs: 604_800_000 } });
    expect(parseJobSchedule('*/15 * * * *')).toMatchObject({ ok: true, schedule: { kind: 'cron' } });
    expect(parseJobSchedule('every 2m')).toMatchObject({ ok: false });
    expect(parseJobSchedule('61 * * * *')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a valid cron/),
    });
    expect(parseJobSchedule('constructor')).toMatchObject({ ok: false });
  });
});

describe('subscriptions and commands in the manifest', () => {
  it('reads known events and menu places', () => {
    const { manifest, issues } = readPluginManifest({
      subscriptions: [{ event: 'asset.changed', action: { actionType: 'showSnackBar', content: 'Changed' } }],
      commands: [{ id: 'reorder', title: 'Reorder', icon: 'shopping_cart', where: 'asset_actions', action }],
    });
    expect(issues).toEqual([]);
    expect(manifest.subscriptions).toEqual([
      { event: 'asset.changed', action: { actionType: 'showSnackBar', content: 'Changed' } },
    ]);
    expect(manifest.commands[0]).toMatchObject({
      id: 'reorder',
      where: 'asset_actions',
      icon: 'shopping_cart',
    });
  });

  it('names the allowed events and places when one is wrong', () => {
    const { issues } = readPluginManifest({
      subscriptions: [{ event: 'asset.deleted', action }],
      commands: [{ id: 'x', title: 'X', where: 'toolbar', action }],
    });
    expect(issues.map((issue) => issue.path)).toEqual(['subscriptions[0].event', 'commands[0].where']);
    expect(issues[0].message).toContain('asset.viewed, asset.changed, plugin.installed, job.finished');
    expect(issues[1].message).toContain('asset_actions, dashboard');
  });

  it('leaves a plugin without these fields as it was', () => {
    const { manifest, issues } = readPluginManifest({ ui: { type: 'text', data: 'hi' } });
    expect(issues).toEqual([]);
    expect(manifest).toMatchObject({ jobs: [], subscriptions: [], commands: [] });
  });
});
