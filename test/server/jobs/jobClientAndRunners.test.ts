import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient, createMemoryAuth, type PluginJobRun } from '../../../src/api-client';
import { startJobLab, type JobLab } from './jobFixtures';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'server', 'cli', 'jobs-run-due.ts');

let lab: JobLab | undefined;
afterEach(async () => {
  await lab?.stop();
  lab = undefined;
});

function aliceClient(lab: JobLab) {
  const auth = createMemoryAuth();
  auth.setToken(lab.alice);
  return createApiClient({ baseUrl: `${lab.server.url}/api/v1`, auth, timeoutMs: 30_000 });
}

describe('plugin jobs through the typed client', () => {
  it('lists, runs, follows and schedules a job as the plugins page does', async () => {
    lab = await startJobLab();
    const api = aliceClient(lab);
    const list = await api.getPluginJobs();
    expect(list.supported).toBe(true);
    expect(list.jobs.map((job) => job.id)).toEqual(['low-stock', 'value', 'orders', 'hang']);
    const started = await api.runPluginJob('job-lab', 'low-stock');
    let run: PluginJobRun = started;
    await expect
      .poll(async () => (run = await api.getPluginJobRun(started.id)).status, {
        timeout: 30_000,
        interval: 50,
      })
      .toBe('succeeded');
    expect(run.summary).toBe('4 items low on stock');
    const job = await api.setPluginJobSchedule('job-lab', 'value', true);
    expect(job).toMatchObject({ scheduleEnabled: true, nextRunAt: '2026-03-03T08:00:00.000Z' });
    const hanging = await api.runPluginJob('job-lab', 'hang');
    expect((await api.cancelPluginJobRun(hanging.id)).status).toBe('cancelled');
  });
});

describe('runners of due jobs', () => {
  it('the in-process scheduler runs a due job on its own', async () => {
    lab = await startJobLab({ jobScheduler: { intervalMs: 50 } });
    const api = aliceClient(lab);
    await api.setPluginJobSchedule('job-lab', 'value', true);
    lab.setNow(new Date('2026-03-03T08:00:01.000Z'));
    await expect
      .poll(
        async () =>
          (await api.getPluginJobs()).jobs.find((job) => job.id === 'value')?.lastScheduledRun?.summary ??
          null,
        { timeout: 30_000, interval: 100 },
      )
      .toMatch(/^8 assets worth [\d.]+ EUR$/);
  });

  it('npm run jobs:run-due runs what is due once and says what ran', async () => {
    lab = await startJobLab();
    const api = aliceClient(lab);
    // An inventory job: the command's own process has the production fetch policy (no local hosts).
    await api.setPluginJobSchedule('job-lab', 'value', true);
    // The command runs on the real clock: make the schedule due now.
    await sql`UPDATE job_states SET next_run_at = '2020-01-01T00:00:00.000Z'`.execute(lab.server.db);
    // Spawned, not spawnSync: the test's own server keeps answering while the command runs.
    const run = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(TSX, [CLI], { env: { ...process.env, STAC_WEB_DB: lab!.server.database } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('job-lab/value');
    expect(first.stdout).toMatch(/succeeded: 8 assets worth [\d.]+ EUR/);
    expect(first.stdout).toContain('1 due job ran');
    expect(first.status).toBe(0);
    const second = await run();
    expect(second.stdout).toContain('0 due jobs ran');
    const history = await api.getPluginJobs();
    expect(history.jobs.find((job) => job.id === 'value')?.lastScheduledRun?.summary).toMatch(
      /^8 assets worth/,
    );
  });
});
