/**
 * React-free rules of plugin jobs shared by the server's runner and the plugins page: how a schedule reads,
 * and the summary line a run shows (the job's `summary` template bound against its result).
 */
import type { PluginJob } from '../stac-schema';
import { bindValue, renderTemplate } from '../renderer/template';

/** How a schedule reads on the plugins page when the author gave no `scheduleLabel`. */
export function describeJobSchedule(job: Pick<PluginJob, 'schedule' | 'scheduleLabel'>): string | undefined {
  if (job.scheduleLabel) return job.scheduleLabel;
  const schedule = job.schedule;
  if (!schedule) return undefined;
  if (schedule.kind === 'cron') return `On the cron schedule “${schedule.expression}” (UTC)`;
  const text = schedule.text.toLowerCase();
  if (text === 'hourly' || text === 'daily' || text === 'weekly')
    return text[0].toUpperCase() + text.slice(1);
  return schedule.text[0].toUpperCase() + schedule.text.slice(1);
}

/** Longest summary kept with a run: it is one line on the plugins page, not a report. */
export const MAX_JOB_SUMMARY = 500;

/**
 * The summary of a finished run: the job's `summary` template bound against `{ result, ...scope }` by our
 * template interpreter (never compiled), cut to one short line. Without a template, undefined.
 */
export function jobSummary(
  template: string | undefined,
  scope: Record<string, unknown>,
): { text?: string; problem?: string } {
  if (!template) return {};
  const rendered = renderTemplate(template, scope);
  const problem = rendered.errors[0]?.message;
  const text = rendered.text.replace(/\s+/g, ' ').trim().slice(0, MAX_JOB_SUMMARY);
  return { ...(text ? { text } : {}), ...(problem ? { problem } : {}) };
}

/** Binds the templates in an action's params against a job's scope, as the renderer does for a tap. */
export function bindJobParams(value: unknown, scope: Record<string, unknown>): unknown {
  return bindValue(value, scope, { deep: true }).value;
}
