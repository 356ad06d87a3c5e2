/**
 * `npm run jobs:run-due`: runs every plugin job schedule that is due in the database named by STAC_WEB_DB, once,
 * and prints one line per run. For a system cron or a container's scheduler when the in-process scheduler is
 * off (STAC_WEB_JOB_SCHEDULER=0); claims in the database keep a run from happening twice alongside servers.
 * Exit status 1 when a run failed or the database could not be opened.
 */
import { createServer } from '../createServer';

try {
  const server = await createServer({ log: false, seed: false, jobScheduler: false });
  try {
    const report = await server.services.jobs.runDue();
    for (const run of report.ran) {
      const outcome =
        run.status === 'succeeded' ? (run.summary ?? 'done') : (run.error?.message ?? run.status);
      process.stdout.write(`${run.pluginId}/${run.jobId} (run ${run.id}): ${run.status}: ${outcome}\n`);
    }
    process.stdout.write(
      `${report.ran.length} due job${report.ran.length === 1 ? '' : 's'} ran; ${report.skipped} already claimed by another runner; ${report.stopped} schedule${report.stopped === 1 ? '' : 's'} stopped.\n`,
    );
    process.exitCode = report.ran.some((run) => run.status !== 'succeeded') ? 1 : 0;
  } finally {
    await server.close();
  }
} catch (error) {
  process.stderr.write(
    `jobs:run-due could not run: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
