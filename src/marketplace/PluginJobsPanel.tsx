import {
  useCancelPluginJobRun,
  usePluginJobs,
  useRunPluginJob,
  useSetPluginJobSchedule,
  type PluginJobRun,
  type PluginJobView,
  errorText,
} from '../api-client';
import { Icon, Switch, useToast } from '../ui';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One line saying how a run ended: its summary, or what went wrong. */
export function runOutcome(run: PluginJobRun): string {
  switch (run.status) {
    case 'succeeded':
      return run.summary ?? 'Done.';
    case 'cancelled':
      return 'Cancelled.';
    case 'running':
      return 'Running…';
    default:
      return run.error?.message ?? 'It failed.';
  }
}

function RunResult({ run, label }: { run: PluginJobRun; label: string }) {
  const failed = run.status === 'failed' || run.status === 'timed_out';
  return (
    <p className={failed ? 'plugin-job__result plugin-job__result--error' : 'plugin-job__result'}>
      <Icon name={failed ? 'error' : run.status === 'succeeded' ? 'checkCircle' : 'info'} size={16} />{' '}
      <span className="muted">{label}</span> <time dateTime={run.startedAt}>{when(run.startedAt)}</time>:{' '}
      <span data-testid="job-outcome">{runOutcome(run)}</span>
    </p>
  );
}

/** How the last run reads, by what started it. */
const RUN_LABELS: Partial<Record<PluginJobRun['trigger'], string>> = {
  scheduled: 'Last scheduled run',
  event: 'Last run on its event',
  assistant: 'Last run, by an assistant',
  command: 'Last run from its menu',
};

function PluginJobRow({ job }: { job: PluginJobView }) {
  const run = useRunPluginJob();
  const cancel = useCancelPluginJobRun();
  const schedule = useSetPluginJobSchedule();
  const notify = useToast();
  const running = job.running;

  return (
    <article className="plugin-job" aria-label={job.name}>
      <div className="plugin-job__head">
        <div>
          <h4 className="plugin-job__name">{job.name}</h4>
          {job.description ? <p className="muted">{job.description}</p> : null}
        </div>
        <div className="plugin-job__actions">
          {running ? (
            <>
              <span role="status" className="plugin-job__running">
                <progress aria-label={`${job.name} is running`} /> Running…
              </span>
              <button
                type="button"
                className="button button--text"
                disabled={cancel.isPending}
                onClick={() =>
                  cancel.mutate(
                    { runId: running.id },
                    { onError: (error) => notify(errorText(error), { tone: 'error' }) },
                  )
                }
              >
                <Icon name="stop" /> Cancel
              </button>
            </>
          ) : job.trigger === 'event' ? (
            // An event's action needs its event (the asset that changed): it cannot be started by hand.
            <span className="muted">Runs on its event</span>
          ) : job.trigger === 'command' ? (
            // A command acts on what its menu is about (the asset): it runs from that menu.
            <span className="muted">Runs from its menu</span>
          ) : job.trigger === 'assistant' ? (
            // An MCP tool's own action takes the tool's input, which only the assistant's call gives.
            <span className="muted">Runs when an assistant calls it</span>
          ) : (
            <button
              type="button"
              className="button button--tonal"
              disabled={run.isPending || !job.pluginActive}
              title={job.pluginActive ? undefined : 'Switch the plugin on to run its jobs.'}
              onClick={() =>
                run.mutate(
                  { pluginId: job.pluginId, jobId: job.id },
                  { onError: (error) => notify(errorText(error), { tone: 'error' }) },
                )
              }
            >
              <Icon name="playArrow" /> Run now
            </button>
          )}
        </div>
      </div>
      {job.lastRun ? (
        <RunResult run={job.lastRun} label={RUN_LABELS[job.lastRun.trigger] ?? 'Last run'} />
      ) : running ? null : (
        <p className="muted">Not run yet.</p>
      )}
      {job.trigger === 'scheduled' ? (
        <div className="plugin-job__schedule">
          <Switch
            checked={job.scheduleEnabled}
            disabled={schedule.isPending}
            label={`Run ${job.name} on its schedule`}
            onChange={(enabled) =>
              schedule.mutate(
                { pluginId: job.pluginId, jobId: job.id, enabled },
                { onError: (error) => notify(errorText(error), { tone: 'error' }) },
              )
            }
          >
            {job.scheduleLabel ?? job.schedule}
          </Switch>
          {job.nextRunAt ? (
            <span className="muted">
              Next run <time dateTime={job.nextRunAt}>{when(job.nextRunAt)}</time>
            </span>
          ) : null}
        </div>
      ) : null}
      {job.pausedReason ? (
        <p className="plugin-job__result plugin-job__result--error" role="alert">
          <Icon name="pauseCircle" size={16} /> {job.pausedReason}
        </p>
      ) : null}
      {/* The latest scheduled result stays in view after a manual run replaced it as the last run. */}
      {job.lastScheduledRun && job.lastScheduledRun.id !== job.lastRun?.id ? (
        <RunResult run={job.lastScheduledRun} label="Last scheduled run" />
      ) : null}
    </article>
  );
}

/**
 * The jobs a plugin declares, on its row of the installed list: "Run now" (with progress and cancel), the
 * last result, the schedule switch with the next run, and the latest scheduled result. Renders nothing when
 * the plugin has no jobs or the backend runs none (the Invenicum profile).
 */
export function PluginJobsPanel({ pluginId }: { pluginId: string }) {
  const jobs = usePluginJobs();
  const list = jobs.data?.supported ? jobs.data.jobs.filter((job) => job.pluginId === pluginId) : [];
  if (list.length === 0) return null;
  return (
    <section className="plugin-jobs" aria-label={`Jobs of ${list[0].pluginName}`}>
      <h3 className="plugin-jobs__title">
        <Icon name="schedule" size={18} /> Jobs
      </h3>
      <ul className="plugin-jobs__list">
        {list.map((job) => (
          <li key={job.id}>
            <PluginJobRow job={job} />
          </li>
        ))}
      </ul>
    </section>
  );
}
