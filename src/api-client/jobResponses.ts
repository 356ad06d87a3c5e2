import { z } from 'zod';

/**
 * Answers of the plugin job routes (`/plugin-jobs`, docs/server.md "Plugin jobs"). Loose objects: a newer
 * server may add fields without breaking this client.
 */
export const jobRunSchema = z.looseObject({
  id: z.number(),
  pluginId: z.string(),
  jobId: z.string(),
  /**
   * `event`: run on a host event; `assistant`: run by an AI assistant's MCP tool call, acting as the user;
   * `command`: a command's server action, chosen from a host menu.
   */
  trigger: z.enum(['manual', 'scheduled', 'event', 'assistant', 'command']),
  /** `dropped`: an event run the server's per-user event limit did not start; `error` says why. */
  status: z.enum(['running', 'succeeded', 'failed', 'timed_out', 'cancelled', 'dropped']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  summary: z.string().nullable(),
  error: z.looseObject({ code: z.string(), message: z.string() }).nullable(),
});
export type PluginJobRun = z.output<typeof jobRunSchema>;

export const pluginJobSchema = z.looseObject({
  pluginId: z.string(),
  pluginName: z.string(),
  pluginActive: z.boolean(),
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /**
   * `event`: a subscription's server action; it runs when its event happens, never on "Run now".
   * `assistant`: an MCP tool's own server action; only an assistant's tool call runs it.
   * `command`: a command's server action; it runs when the user chooses it from its menu.
   */
  trigger: z.enum(['manual', 'scheduled', 'event', 'assistant', 'command']),
  /** For `event` entries, the host event it answers (`asset.changed`). */
  event: z.string().nullish(),
  schedule: z.string().nullable(),
  scheduleLabel: z.string().nullable(),
  scheduleEnabled: z.boolean(),
  nextRunAt: z.string().nullable(),
  consecutiveFailures: z.number(),
  pausedReason: z.string().nullable(),
  running: jobRunSchema.nullable(),
  lastRun: jobRunSchema.nullable(),
  lastScheduledRun: jobRunSchema.nullable(),
});
export type PluginJobView = z.output<typeof pluginJobSchema>;

export const jobListSchema = z
  .looseObject({ jobs: z.array(pluginJobSchema) })
  .transform((answer) => answer.jobs);
export const jobRunAnswerSchema = z.looseObject({ run: jobRunSchema }).transform((answer) => answer.run);
export const jobAnswerSchema = z.looseObject({ job: pluginJobSchema }).transform((answer) => answer.job);

/** What the backend can do with jobs: `supported: false` (the Invenicum backend) hides them. */
export interface PluginJobList {
  supported: boolean;
  jobs: PluginJobView[];
}
