/**
 * Stock Watch's jobs as the reference server lists them for alice (the mock API runs no jobs and lists none):
 * the low-stock report last run by her AI assistant, the value summary on its daily schedule with its last
 * scheduled result, and the stale-items check with its schedule off.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { PluginJobRun, PluginJobView } from '../../src/api-client';

const plugin = { pluginId: 'stock-watch', pluginName: 'Stock Watch', pluginActive: true };
const idle = { consecutiveFailures: 0, pausedReason: null, running: null };

function run(id: number, jobId: string, trigger: PluginJobRun['trigger'], summary: string): PluginJobRun {
  return {
    id,
    pluginId: plugin.pluginId,
    jobId,
    trigger,
    status: 'succeeded',
    startedAt: '2026-12-04T07:00:00.000Z',
    finishedAt: '2026-12-04T07:00:00.184Z',
    durationMs: 184,
    summary,
    error: null,
  };
}

const valueRun = run(41, 'value-summary', 'scheduled', '8 items worth 14,385.50 EUR');

export const stockWatchJobs: PluginJobView[] = [
  {
    ...plugin,
    ...idle,
    id: 'low-stock',
    name: 'Low stock report',
    description: 'Lists the items at or below their minimum stock.',
    trigger: 'manual',
    schedule: null,
    scheduleLabel: null,
    scheduleEnabled: false,
    nextRunAt: null,
    lastRun: run(42, 'low-stock', 'assistant', '3 items at or below their minimum'),
    lastScheduledRun: null,
  },
  {
    ...plugin,
    ...idle,
    id: 'value-summary',
    name: 'Inventory value',
    description: 'Adds up what the inventory is worth.',
    trigger: 'scheduled',
    schedule: 'daily',
    scheduleLabel: 'Every day',
    scheduleEnabled: true,
    nextRunAt: '2026-12-05T07:00:00.000Z',
    lastRun: valueRun,
    lastScheduledRun: valueRun,
  },
  {
    ...plugin,
    ...idle,
    id: 'stale-items',
    name: 'Stale items',
    description: 'Finds items not updated for 90 days.',
    trigger: 'scheduled',
    schedule: 'weekly',
    // The server describes a schedule the author gave no label (describeJobSchedule).
    scheduleLabel: 'Weekly',
    scheduleEnabled: false,
    nextRunAt: null,
    lastRun: null,
    lastScheduledRun: null,
  },
];

/** Put before the mock's handlers. */
export const stockWatchJobHandlers: HttpHandler[] = [
  http.get('*/api/v1/plugin-jobs', () => HttpResponse.json({ jobs: stockWatchJobs })),
];
