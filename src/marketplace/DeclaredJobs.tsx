import { describeJobSchedule } from '../plugin-host';
import { readPluginManifest } from '../stac-schema';

/**
 * What a plugin will do besides showing its surfaces, read from its manifest before it is installed: its
 * jobs (with their schedules), the host events it listens to and the menu entries it adds.
 */
export function DeclaredJobs({ plugin }: { plugin: unknown }) {
  const { manifest } = readPluginManifest(plugin);
  const { jobs, subscriptions, commands } = manifest;
  if (jobs.length + subscriptions.length + commands.length === 0) return null;
  return (
    <section aria-labelledby="declared-jobs-title">
      <h2 id="declared-jobs-title">Jobs and events</h2>
      {jobs.length > 0 ? (
        <ul className="declared-jobs" aria-label="Jobs">
          {jobs.map((job) => (
            <li key={job.id}>
              <strong>{job.name}</strong>
              {job.description ? <span className="muted"> · {job.description}</span> : null}
              <span className="muted">
                {' '}
                ·{' '}
                {job.trigger === 'scheduled'
                  ? `${describeJobSchedule(job)}, once you switch it on`
                  : 'Run by hand'}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {subscriptions.length > 0 ? (
        <p className="muted">
          Listens to: {[...new Set(subscriptions.map((entry) => entry.event))].join(', ')}
        </p>
      ) : null}
      {commands.length > 0 ? (
        <p className="muted">Adds menu entries: {commands.map((command) => command.title).join(', ')}</p>
      ) : null}
    </section>
  );
}
