import { z } from '../stac-schema';

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
  finishedAt: z.nullable(z.string()),
  durationMs: z.nullable(z.number()),
  summary: z.nullable(z.string()),
  error: z.nullable(z.looseObject({ code: z.string(), message: z.string() })),
});
export type PluginJobRun = z.output<typeof jobRunSchema>;

export const pluginJobSchema = z.looseObject({
  pluginId: z.string(),
  pluginName: z.string(),
  pluginActive: z.boolean(),
  id: z.string(),
  name: z.string(),
  description: z.nullable(z.string()),
  /**
   * `event`: a subscription's server action; it runs when its event happens, never on "Run now".
   * `assistant`: an MCP tool's own server action; only an assistant's tool call runs it.
   * `command`: a command's server action; it runs when the user chooses it from its menu.
   */
  trigger: z.enum(['manual', 'scheduled', 'event', 'assistant', 'command']),
  /** For `event` entries, the host event it answers (`asset.changed`). */
  event: z.nullish(z.string()),
  schedule: z.nullable(z.string()),
  scheduleLabel: z.nullable(z.string()),
  scheduleEnabled: z.boolean(),
  nextRunAt: z.nullable(z.string()),
  consecutiveFailures: z.number(),
  pausedReason: z.nullable(z.string()),
  running: z.nullable(jobRunSchema),
  lastRun: z.nullable(jobRunSchema),
  lastScheduledRun: z.nullable(jobRunSchema),
});
export type PluginJobView = z.output<typeof pluginJobSchema>;

export const jobListSchema = z.pipe(
  z.looseObject({ jobs: z.array(pluginJobSchema) }),
  z.transform((answer) => answer.jobs),
);
export const jobRunAnswerSchema = z.pipe(
  z.looseObject({ run: jobRunSchema }),
  z.transform((answer) => answer.run),
);
export const jobAnswerSchema = z.pipe(
  z.looseObject({ job: pluginJobSchema }),
  z.transform((answer) => answer.job),
);

/** What the backend can do with jobs: `supported: false` (the Invenicum backend) hides them. */
export interface PluginJobList {
  supported: boolean;
  jobs: PluginJobView[];
}
