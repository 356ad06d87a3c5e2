/**
 * Runs one plugin job on the server: its STAC action goes through the action layer's own `dispatch` (the same
 * code a tap runs in the page) with a registry of what makes sense without a screen (`networkRequest`,
 * `multiAction`, `setValue`, `delay`, `none` and the server's host methods). Every run has a time limit and a
 * cap on its result; whatever it does, `run` resolves with an outcome and never throws, so one bad job never
 * takes another, or the server, with it.
 */
import {
  ActionFailure,
  createActionRegistry,
  dispatch,
  stacActions,
  type ActionErrorEvent,
  type HostServices,
} from '../../src/actions/index';
import { bindJobParams, grantsFor, jobSummary } from '../../src/plugin-host/index';
import type { PluginJob, PluginManifest } from '../../src/stac-schema/index';
import type { JobRunStatus } from '../database';
import type { AssetStore } from '../store/assetStore';
import { createJobFetch, type JobFetchOptions } from './jobFetch';
import { inventoryMethods } from './inventoryMethods';

/** Stac actions that mean something without a screen. The others end in `unknown_action` with the list. */
const SERVER_ACTION_TYPES = new Set(['networkRequest', 'multiAction', 'setValue', 'delay', 'none']);

export interface JobLimits {
  /** Wall time of one run, requests included. */
  timeoutMs: number;
  /** Largest result kept (JSON bytes); a bigger one fails the run instead of filling the database. */
  maxResultBytes: number;
  /** Actions one run may dispatch, nested ones included. */
  maxSteps: number;
}

export const DEFAULT_JOB_LIMITS: Readonly<JobLimits> = Object.freeze({
  timeoutMs: 30_000,
  maxResultBytes: 64_000,
  maxSteps: 200,
});

export interface JobRunInput {
  user: { id: number; username: string; name: string };
  plugin: { id: string; name: string; version: string; manifest: PluginManifest };
  job: PluginJob;
  /** Fires when a user cancels the run. */
  signal?: AbortSignal;
  /** Extra scope for the action and its summary (an event's payload, a command's asset). */
  context?: Record<string, unknown>;
}

export interface JobRunOutcome {
  status: Exclude<JobRunStatus, 'running'>;
  durationMs: number;
  summary?: string;
  /** The action's value, JSON-safe and within the size cap. */
  result?: unknown;
  error?: { code: string; message: string };
}

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

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const limits: Readonly<JobLimits> = Object.freeze({ ...DEFAULT_JOB_LIMITS, ...options.limits });
  const now = options.now ?? (() => new Date());
  const baseRegistry = createActionRegistry({
    builtins: false,
    actions: stacActions.filter((definition) => SERVER_ACTION_TYPES.has(definition.actionType)),
    // Relative URLs have no page to be relative to; the job's fetch decides about hosts (network:<host>).
    urlPolicy: {
      origin: 'https://jobs.stac-web.invalid',
      allowRequest: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    },
    limits: {
      maxSteps: limits.maxSteps,
      maxDelayMs: limits.timeoutMs,
      requestTimeoutMs: Math.min(limits.timeoutMs, 15_000),
      maxResponseBytes: 1_000_000,
    },
  });

  async function execute(
    input: JobRunInput,
    signal: AbortSignal,
  ): Promise<JobRunOutcome & { startedMs: number }> {
    const startedMs = Date.now();
    const grants = grantsFor(input.plugin.manifest);
    const notices: string[] = [];
    const variables = new Map<string, unknown>();
    const registry = baseRegistry.extend({
      methods: inventoryMethods({ assets: options.assets, grants, pluginName: input.plugin.name, now }),
    });
    const services: HostServices = {
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
      fetch: createJobFetch(grants, input.plugin.name, options.fetch),
    };
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
        services,
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
      return { status: 'failed', durationMs, startedMs, error: { code: error.code, message: error.message } };
    }
    const value =
      result.value === undefined && variables.size > 0 ? Object.fromEntries(variables) : result.value;
    const bytes = jsonBytes(value);
    if (bytes === undefined || bytes > limits.maxResultBytes) {
      return {
        status: 'failed',
        durationMs,
        startedMs,
        error: {
          code: 'result_too_large',
          message:
            bytes === undefined
              ? 'The job finished with a result that is not plain data; return JSON values.'
              : `The job's result is ${bytes} bytes, over the ${limits.maxResultBytes}-byte cap; ask the API for less (fewer fields or items).`,
        },
      };
    }
    const summary = jobSummary(input.job.summary, {
      ...scope,
      result: value,
      variables: Object.fromEntries(variables),
      notices,
    });
    return {
      status: 'succeeded',
      durationMs,
      startedMs,
      ...summaryField(summary, notices),
      ...(value !== undefined ? { result: value } : {}),
    };
  }

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
        const outcome = await Promise.race([execute(input, controller.signal), deadline, cancelled]);
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
        const { startedMs: _started, ...rest } = outcome;
        return rest;
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
