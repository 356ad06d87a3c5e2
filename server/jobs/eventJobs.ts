/**
 * A plugin's subscriptions whose actions run on the server (requests, host methods), seen as jobs: each has a
 * stable id (`on-asset-changed-1`, numbered by its place among the plugin's subscriptions), is recorded like a
 * run of a job, and is listed on the plugins page with its last result. Page actions (notices, dialogs) are
 * the page's business and never come here.
 */
import { actionPlace, describeHostEvent } from '../../src/plugin-host/index';
import type { HostEvent, PluginJob, PluginManifest, PluginSubscription } from '../../src/stac-schema/index';

export interface EventJob extends PluginJob {
  event: HostEvent;
  subscription: PluginSubscription;
}

export function eventJobId(event: HostEvent, index: number): string {
  return `on-${event.replace('.', '-')}-${index + 1}`;
}

/** The server-side subscriptions of a manifest as jobs, in the manifest's order. */
export function serverEventJobs(manifest: Pick<PluginManifest, 'subscriptions'>): EventJob[] {
  const jobs: EventJob[] = [];
  manifest.subscriptions.forEach((subscription, index) => {
    if (actionPlace(subscription.action) !== 'server') return;
    jobs.push({
      id: eventJobId(subscription.event, index),
      name: describeHostEvent(subscription.event),
      trigger: 'manual',
      action: subscription.action,
      ...(subscription.summary ? { summary: subscription.summary } : {}),
      event: subscription.event,
      subscription,
    });
  });
  return jobs;
}
