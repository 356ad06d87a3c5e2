/**
 * One job's STAC action, dispatched by the action layer's own `dispatch` (the same code a tap runs in the
 * page) with host services that make sense on a server: notices become the summary, anything that needs a
 * screen is refused with a message saying where it belongs. The result is checked against the size cap and
 * the summary template is bound against it. Deadlines and cancelling are the runner's business.
 */
import {
  ActionFailure,
  dispatch,
  type ActionErrorEvent,
  type ActionRegistry,
  type HostServices,
} from '../../src/actions/index';
import { bindJobParams, grantsFor, jobSummary, type PluginGrants } from '../../src/plugin-host/index';
import type { AssetStore } from '../store/assetStore';
import { inventoryMethods } from './inventoryMethods';
import { createJobFetch, type JobFetchOptions } from './jobFetch';
import type { JobLimits, JobRunInput, JobRunOutcome } from './jobRunTypes';

export interface JobActionDeps {
  registry: ActionRegistry;
  assets: AssetStore;
  fetch: JobFetchOptions;
  limits: Readonly<JobLimits>;
  now: () => Date;
}

const refuse = (what: string) => () => {
  throw new ActionFailure(
    'not_permitted',
    `A job runs on the server, where there is no page to ${what}; do that from a page action or a command instead.`,
  );
};

/** JSON size of a value, or undefined when it cannot be stored as JSON at all. */
function jsonBytes(value: unknown): number | undefined {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? 0 : Buffer.byteLength(text);
  } catch {
    return undefined;
  }
}

/** The line a run shows: the bound template, else what the job said through notices, else why neither. */
function summaryField(summary: { text?: string; problem?: string }, notices: string[]): { summary?: string } {
  if (summary.text !== undefined) return { summary: summary.text };
  if (summary.problem)
    return { summary: `The job's summary template could not be used: ${summary.problem}`.slice(0, 500) };
  if (notices.length) return { summary: notices.join(' · ').slice(0, 500) };
  return {};
}

function jobHostServices(
  input: JobRunInput,
  grants: PluginGrants,
  notices: string[],
  fetch: JobFetchOptions,
): HostServices {
  return {
    navigate: refuse('navigate'),
    notify: (message) => void notices.push(String(message).slice(0, 500)),
    confirm: async () => false,
    showSnackBar: (request) =>
      void notices.push(typeof request.content === 'string' ? request.content.slice(0, 500) : '(a widget)'),
    openDialog: refuse('open a dialog'),
    currentUser: () => {
      if (!grants.mayReadScopeRoot('user')) refuse('read who you are')();
      return { id: String(input.user.id), username: input.user.username, name: input.user.name };
    },
    signOut: refuse('sign out'),
    fetch: createJobFetch(grants, input.plugin.name, fetch),
  };
}

/** The run's value as stored: too big or not JSON fails the run rather than filling the database. */
function oversizedResult(value: unknown, limits: Readonly<JobLimits>): JobRunOutcome['error'] {
  const bytes = jsonBytes(value);
  if (bytes !== undefined && bytes <= limits.maxResultBytes) return undefined;
  return {
    code: 'result_too_large',
    message:
      bytes === undefined
        ? 'The job finished with a result that is not plain data; return JSON values.'
        : `The job's result is ${bytes} bytes, over the ${limits.maxResultBytes}-byte cap; ask the API for less (fewer fields or items).`,
  };
}

export async function runJobAction(
  input: JobRunInput,
  signal: AbortSignal,
  deps: JobActionDeps,
): Promise<JobRunOutcome> {
  const startedMs = Date.now();
  const grants = grantsFor(input.plugin.manifest);
  const notices: string[] = [];
  const variables = new Map<string, unknown>();
  const registry = deps.registry.extend({
    methods: inventoryMethods({ assets: deps.assets, grants, pluginName: input.plugin.name, now: deps.now }),
  });
  const scope: Record<string, unknown> = {
    ...input.context,
    plugin: { id: input.plugin.id, version: input.plugin.version },
    job: { id: input.job.id, name: input.job.name },
    ...(grants.mayReadScopeRoot('user')
      ? { user: { username: input.user.username, name: input.user.name } }
      : {}),
  };
  let reported: ActionErrorEvent | undefined;
  const result = await dispatch(
    input.job.action,
    {
      scope,
      services: jobHostServices(input, grants, notices, deps.fetch),
      bind: (value, bindScope) => bindJobParams(value, bindScope as Record<string, unknown>),
      variables: {
        set: (values) => Object.entries(values).forEach(([key, value]) => variables.set(key, value)),
        get: (key) => variables.get(key),
      },
      signal,
      onError: (event) => (reported = event),
    },
    registry,
  );
  const durationMs = Date.now() - startedMs;
  if (!result.ok) {
    const error = reported ?? result.error;
    return { status: 'failed', durationMs, error: { code: error.code, message: error.message } };
  }
  const value =
    result.value === undefined && variables.size > 0 ? Object.fromEntries(variables) : result.value;
  const tooBig = oversizedResult(value, deps.limits);
  if (tooBig) return { status: 'failed', durationMs, error: tooBig };
  const summary = jobSummary(input.job.summary, {
    ...scope,
    result: value,
    variables: Object.fromEntries(variables),
    notices,
  });
  return {
    status: 'succeeded',
    durationMs,
    ...summaryField(summary, notices),
    ...(value !== undefined ? { result: value } : {}),
  };
}
