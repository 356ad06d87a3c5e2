/**
 * Host events on the server: each active subscribed plugin of the user that is granted the event's data gets
 * its subscription's server action run through the job runner, recorded like a job run (trigger `event`) and
 * isolated like one. Delivery never throws for a plugin's fault: the change that raised the event is saved.
 */
import { routeHostEvent, type HostEventInput } from '../../src/plugin-host/index';
import type { Logger } from '../http/requestLogger';
import type { PublicUser } from '../store/userStore';
import { serverEventJobs } from './eventJobs';
import type { InstalledPluginLookup } from './installedJobs';
import type { JobExecution } from './jobExecution';
import type { JobRunView } from './jobViews';
import type { EventRunLimiter } from './eventRunLimiter';

export interface EventDeliveryOptions {
  installed: InstalledPluginLookup;
  execution: JobExecution;
  limiter: EventRunLimiter;
  log: Logger;
}

export function createEventDelivery(options: EventDeliveryOptions) {
  const { installed, execution } = options;

  function logDeliveryFailure(event: string, error: unknown) {
    options.log({
      level: 'error',
      msg: 'could not deliver a host event',
      event,
      error: error instanceof Error ? error.message : String(error),
    });
  }

  async function startEventRuns(user: PublicUser, input: HostEventInput): Promise<JobRunView[]> {
    const plugins = await installed.list(user.id);
    const routing = routeHostEvent(input, plugins, 'server');
    const started: JobRunView[] = [];
    for (const delivery of routing.deliveries) {
      const job = serverEventJobs(delivery.plugin.manifest).find(
        (candidate) => candidate.subscription === delivery.subscription,
      );
      if (!job) continue;
      const admission = await options.limiter.admit(user.id);
      if (!admission.ok) {
        started.push(await execution.recordDropped(user, delivery.plugin, job, 'event', admission.reason));
        continue;
      }
      try {
        const { run, done } = await execution.start(user, delivery.plugin, job, 'event', {
          context: delivery.scope,
        });
        void done.finally(admission.finished);
        started.push(run);
      } catch (error) {
        admission.finished();
        throw error;
      }
    }
    return started;
  }

  return {
    /**
     * Delivers a host event to the server-side subscriptions of one user's plugins (the page runs the page
     * actions itself). Answers with the runs it started; they go on in the background.
     */
    async deliver(user: PublicUser, input: HostEventInput): Promise<JobRunView[]> {
      try {
        return await startEventRuns(user, input);
      } catch (error) {
        // The change that raised the event is already saved; a delivery problem is logged, not the user's.
        logDeliveryFailure(input.event, error);
        return [];
      }
    },
  };
}

export type EventDelivery = ReturnType<typeof createEventDelivery>;
