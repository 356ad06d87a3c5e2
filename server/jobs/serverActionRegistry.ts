/**
 * The action registry a job runs against on the server: the STAC actions that mean something without a screen
 * (`networkRequest`, `multiAction`, `setValue`, `delay`, `none`); the others end in `unknown_action` with the
 * list. Each run extends it with the host methods bound to its plugin's grants.
 */
import { createActionRegistry, stacActions, type ActionRegistry } from '../../src/actions/index';
import type { JobLimits } from './jobRunTypes';

const SERVER_ACTION_TYPES = new Set(['networkRequest', 'multiAction', 'setValue', 'delay', 'none']);

export function createServerActionRegistry(limits: Readonly<JobLimits>): ActionRegistry {
  return createActionRegistry({
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
}
