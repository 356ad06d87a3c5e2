/**
 * The manifest's work beyond the screen (after MindStore's jobs and Mudstack's runtime): `jobs` the server
 * runs on demand or on a schedule, `subscriptions` to host events, and `commands` that add entries to host
 * menus. Each entry is read tolerantly with one issue per problem at its JSON path, like the rest of the
 * manifest. Running them is the host's business (plugin-host plans, the server's job runner).
 */
import { childPath, describeValue } from './issues';
import { IssueList, isRecord, readList, readText } from './manifestReading';

/** Ids of jobs and commands: they appear in URLs and stored rows, so they stay short identifiers. */
export const JOB_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export const JOB_TRIGGERS = ['manual', 'scheduled'] as const;
export type JobTrigger = (typeof JOB_TRIGGERS)[number];

/** Scheduled work runs at most this often, so one plugin cannot keep a shared server busy. */
export const MIN_SCHEDULE_INTERVAL_MS = 5 * 60_000;
export const DEFAULT_JOB_SCHEDULE = 'daily';

export type JobSchedule =
  { kind: 'interval'; everyMs: number; text: string } | { kind: 'cron'; expression: string; text: string };

/** Host events a plugin may subscribe to. */
export const HOST_EVENTS = ['asset.viewed', 'asset.changed', 'plugin.installed', 'job.finished'] as const;
export type HostEvent = (typeof HOST_EVENTS)[number];

/** Host menus a command may add an entry to. */
export const COMMAND_PLACES = ['asset_actions', 'dashboard'] as const;
export type CommandPlace = (typeof COMMAND_PLACES)[number];

export interface PluginJob {
  id: string;
  name: string;
  description?: string;
  trigger: JobTrigger;
  /** Present for scheduled jobs (daily when the author gave none). */
  schedule?: JobSchedule;
  /** How the schedule reads to a user ("Every morning"); a default describes the schedule. */
  scheduleLabel?: string;
  /** The STAC action the server runs; still untrusted data. */
  action: Record<string, unknown>;
  /** A template bound against the run's result, e.g. `<<result.count>> items low on stock`. */
  summary?: string;
}

export interface PluginSubscription {
  event: HostEvent;
  action: Record<string, unknown>;
  /** For an action the server runs: the line its recorded run shows, bound like a job's `summary`. */
  summary?: string;
}

export interface PluginCommand {
  id: string;
  title: string;
  icon?: string;
  where: CommandPlace;
  action: Record<string, unknown>;
  /** For an action the server runs (a host method, a request): the line its run shows, bound like a job's. */
  summary?: string;
}

const NAMED_INTERVALS: Record<string, number> = {
  hourly: 60 * 60_000,
  daily: 24 * 60 * 60_000,
  weekly: 7 * 24 * 60 * 60_000,
};

const UNIT_MS: Record<string, number> = { m: 60_000, h: 60 * 60_000, d: 24 * 60 * 60_000 };
/** `every 15m`, `every 2 hours`, `every 1 day`. */
const EVERY = /^every\s+(\d{1,5})\s*(m|min|mins|minutes?|h|hours?|d|days?)$/i;

export type ScheduleParse = { ok: true; schedule: JobSchedule } | { ok: false; message: string };

/**
 * Reads a job's `schedule`: `hourly`, `daily`, `weekly`, an interval (`every 30m`, `every 6 hours`) or a
 * five-field cron expression (`0 7 * * 1-5`, read by croner, in UTC). Anything firing more often than every
 * five minutes is refused.
 */
export function parseJobSchedule(value: unknown): ScheduleParse {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 120) {
    return {
      ok: false,
      message: `a "schedule" is "hourly", "daily", "weekly", "every 30m" or a cron expression such as "0 7 * * *", got ${describeValue(value)}`,
    };
  }
  const text = value.trim();
  const named = NAMED_INTERVALS[text.toLowerCase()];
  if (named !== undefined && Object.hasOwn(NAMED_INTERVALS, text.toLowerCase()))
    return { ok: true, schedule: { kind: 'interval', everyMs: named, text } };
  const every = EVERY.exec(text);
  if (every) {
    const everyMs = Number(every[1]) * UNIT_MS[every[2][0].toLowerCase()];
    if (everyMs < MIN_SCHEDULE_INTERVAL_MS)
      return { ok: false, message: `"${text}" is more often than every 5 minutes; choose a longer interval` };
    return { ok: true, schedule: { kind: 'interval', everyMs, text } };
  }
  const fields = text.split(/\s+/);
  if (fields.length !== 5) {
    return {
      ok: false,
      message: `"${text}" is neither "hourly"/"daily"/"weekly", an interval such as "every 30m", nor a five-field cron expression such as "0 7 * * *"`,
    };
  }
  const problem = cronProblem(fields);
  if (problem) return { ok: false, message: `"${text}" is not a valid cron expression (${problem})` };
  // Every minute, or a step under 5 in the minute field with any hour: more often than the budget allows.
  const step = /^(?:\*|\d{1,2}(?:-\d{1,2})?)\/(\d{1,2})$/.exec(fields[0]);
  if (fields[0] === '*' || (step && Number(step[1]) < 5) || fields[0].split(',').length > 12)
    return {
      ok: false,
      message: `"${text}" fires more often than every 5 minutes; choose a longer interval`,
    };
  return { ok: true, schedule: { kind: 'cron', expression: text, text } };
}

const CRON_FIELDS: ReadonlyArray<{ name: string; min: number; max: number; names?: readonly string[] }> = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  },
  { name: 'day of week', min: 0, max: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];

/**
 * Why five cron fields are not valid, or undefined: each is `*`, a value, a range, a list of them, each with
 * an optional `/step`, within its field's bounds (month and weekday names allowed). The server computes the
 * run times with croner; this check keeps the cron library out of browser bundles.
 */
function cronProblem(fields: string[]): string | undefined {
  for (const [index, field] of fields.entries()) {
    const spec = CRON_FIELDS[index];
    const value = (part: string): number | undefined => {
      if (/^\d{1,2}$/.test(part)) return Number(part);
      const named = spec.names?.indexOf(part.toLowerCase()) ?? -1;
      return named >= 0 ? named + (spec.name === 'month' ? 1 : 0) : undefined;
    };
    for (const item of field.split(',')) {
      const [range, step, extra] = item.split('/');
      if (extra !== undefined || (step !== undefined && !/^\d{1,2}$/.test(step)) || step === '0')
        return `the ${spec.name} field "${field}" has a bad step`;
      if (range === '*') continue;
      const [from, to, more] = range.split('-');
      const start = value(from);
      const end = to === undefined ? start : value(to);
      if (more !== undefined || start === undefined || end === undefined)
        return `the ${spec.name} field "${field}" is not a number, range or list`;
      if (start < spec.min || end > spec.max || start > end)
        return `the ${spec.name} field "${field}" is outside ${spec.min}-${spec.max}`;
    }
  }
  return undefined;
}

/** A STAC action the server may run (an object with an `actionType` or a `method`); still untrusted data. */
export function readAction(value: unknown, path: string, issues: IssueList, what: string) {
  const isAction =
    isRecord(value) &&
    ((typeof value.actionType === 'string' && value.actionType !== '') ||
      (typeof value.method === 'string' && value.method !== ''));
  if (!isAction) {
    issues.rule(
      path,
      `${what} needs an "action": a STAC action such as {"actionType": "networkRequest", ...} or {"method": "lowStockReport"}, got ${describeValue(value)}.`,
    );
    return undefined;
  }
  return value;
}

function readId(value: unknown, path: string, issues: IssueList, what: string, taken: Set<string>) {
  if (typeof value !== 'string' || !JOB_ID_PATTERN.test(value)) {
    issues.rule(
      path,
      `a ${what} "id" is a letter, then letters, digits, "_" or "-" (e.g. "low-stock"), got ${describeValue(value)}.`,
    );
    return undefined;
  }
  if (taken.has(value)) {
    issues.rule(path, `the ${what} "${value}" is declared twice; ids must be unique.`);
    return undefined;
  }
  taken.add(value);
  return value;
}

function readJob(entry: unknown, path: string, issues: IssueList, taken: Set<string>): PluginJob | undefined {
  if (!isRecord(entry)) {
    issues.rule(
      path,
      `a job is an object such as {"id": "low-stock", "name": "Low stock report", "action": {...}}, got ${describeValue(entry)}.`,
    );
    return undefined;
  }
  const id = readId(entry.id, childPath(path, 'id'), issues, 'job', taken);
  const action = readAction(entry.action, childPath(path, 'action'), issues, 'a job');
  if (!id || !action) return undefined;
  const trigger = entry.trigger ?? (entry.schedule !== undefined ? 'scheduled' : 'manual');
  if (!(JOB_TRIGGERS as readonly unknown[]).includes(trigger)) {
    issues.rule(
      childPath(path, 'trigger'),
      `"trigger" is "manual" or "scheduled", got ${describeValue(trigger)}.`,
    );
    return undefined;
  }
  const job: PluginJob = {
    id,
    name: readText(entry.name, childPath(path, 'name'), issues, 'a job "name"', 120) ?? id,
    trigger: trigger as JobTrigger,
    action,
  };
  if (entry.name === undefined)
    issues.rule(childPath(path, 'name'), `the job "${id}" needs a "name" to show on the plugins page.`);
  const description = readText(
    entry.description,
    childPath(path, 'description'),
    issues,
    'a job "description"',
  );
  if (description) job.description = description;
  const summary = readText(entry.summary, childPath(path, 'summary'), issues, 'a job "summary"', 500);
  if (summary) job.summary = summary;
  if (job.trigger === 'scheduled') {
    const parsed = parseJobSchedule(entry.schedule ?? DEFAULT_JOB_SCHEDULE);
    if (!parsed.ok) {
      issues.rule(childPath(path, 'schedule'), `${parsed.message}.`);
      return undefined;
    }
    job.schedule = parsed.schedule;
  } else if (entry.schedule !== undefined) {
    issues.rule(
      childPath(path, 'schedule'),
      `the job "${id}" is manual, so its "schedule" is never used; set "trigger": "scheduled" or remove "schedule".`,
    );
  }
  const label = readText(
    entry.scheduleLabel,
    childPath(path, 'scheduleLabel'),
    issues,
    'a "scheduleLabel"',
    120,
  );
  if (label) job.scheduleLabel = label;
  return job;
}

export function readJobs(value: unknown, issues: IssueList): PluginJob[] {
  const taken = new Set<string>();
  const jobs: PluginJob[] = [];
  readList(value, 'jobs', issues, 'jobs').forEach((entry, index) => {
    const job = readJob(entry, childPath('jobs', index), issues, taken);
    if (job) jobs.push(job);
  });
  return jobs;
}

export function readSubscriptions(value: unknown, issues: IssueList): PluginSubscription[] {
  const subscriptions: PluginSubscription[] = [];
  readList(value, 'subscriptions', issues, 'subscriptions').forEach((entry, index) => {
    const path = childPath('subscriptions', index);
    if (!isRecord(entry)) {
      issues.rule(
        path,
        `a subscription is {"event": "asset.changed", "action": {...}}, got ${describeValue(entry)}.`,
      );
      return;
    }
    if (!(HOST_EVENTS as readonly unknown[]).includes(entry.event)) {
      issues.rule(
        childPath(path, 'event'),
        `unknown event ${describeValue(entry.event)}; use one of ${HOST_EVENTS.join(', ')}.`,
      );
      return;
    }
    const action = readAction(entry.action, childPath(path, 'action'), issues, 'a subscription');
    if (!action) return;
    const subscription: PluginSubscription = { event: entry.event as HostEvent, action };
    const summary = readText(
      entry.summary,
      childPath(path, 'summary'),
      issues,
      'a subscription "summary"',
      500,
    );
    if (summary) subscription.summary = summary;
    subscriptions.push(subscription);
  });
  return subscriptions;
}

export function readCommands(value: unknown, issues: IssueList): PluginCommand[] {
  const taken = new Set<string>();
  const commands: PluginCommand[] = [];
  readList(value, 'commands', issues, 'commands').forEach((entry, index) => {
    const path = childPath('commands', index);
    if (!isRecord(entry)) {
      issues.rule(
        path,
        `a command is {"id": "reorder", "title": "Reorder", "where": "asset_actions", "action": {...}}, got ${describeValue(entry)}.`,
      );
      return;
    }
    const id = readId(entry.id, childPath(path, 'id'), issues, 'command', taken);
    const title = readText(entry.title, childPath(path, 'title'), issues, 'a command "title"', 80);
    if (entry.title === undefined)
      issues.rule(childPath(path, 'title'), 'a command needs a "title" for its menu entry.');
    if (!(COMMAND_PLACES as readonly unknown[]).includes(entry.where)) {
      issues.rule(
        childPath(path, 'where'),
        `"where" is one of ${COMMAND_PLACES.join(', ')}, got ${describeValue(entry.where)}.`,
      );
      return;
    }
    const action = readAction(entry.action, childPath(path, 'action'), issues, 'a command');
    if (!id || !title || !action) return;
    const command: PluginCommand = { id, title, where: entry.where as CommandPlace, action };
    const icon = readText(entry.icon, childPath(path, 'icon'), issues, 'a command "icon"', 64);
    if (icon) command.icon = icon;
    const summary = readText(entry.summary, childPath(path, 'summary'), issues, 'a command "summary"', 500);
    if (summary) command.summary = summary;
    commands.push(command);
  });
  return commands;
}
