/**
 * The shapes of one job run, apart from the runner that produces them: the runner imports the action code,
 * which needs these too, so they live below both (no import cycle).
 */
import type { PluginJob, PluginManifest } from '../../src/stac-schema/index';
import type { JobRunStatus } from '../database';

export interface JobLimits {
  /** Wall time of one run, requests included. */
  timeoutMs: number;
  /** Largest result kept (JSON bytes); a bigger one fails the run instead of filling the database. */
  maxResultBytes: number;
  /** Actions one run may dispatch, nested ones included. */
  maxSteps: number;
}

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
