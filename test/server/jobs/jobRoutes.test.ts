import { afterEach, describe, expect, it } from 'vitest';
import type { JobRunView, JobView, RunDueReport } from '../../../server/jobs/jobService';
import { callApi, signInBob } from '../helpers/testServer';
import { SERVICE_TOKEN, startJobLab, type JobLab } from './jobFixtures';

let lab: JobLab | undefined;
afterEach(async () => {
  await lab?.stop();
  lab = undefined;
});

const jobsOf = async (lab: JobLab, token: string) =>
  (await callApi<{ jobs: JobView[] }>(lab.server.url, 'GET', '/plugin-jobs', { token })).body.jobs;

const jobOf = async (lab: JobLab, token: string, id: string) =>
  (await jobsOf(lab, token)).find((job) => job.pluginId === 'job-lab' && job.id === id)!;

async function finishedRun(lab: JobLab, token: string, runId: number): Promise<JobRunView> {
  let run: JobRunView | undefined;
  await expect
    .poll(
      async () => {
        run = (
          await callApi<{ run: JobRunView }>(lab.server.url, 'GET', `/plugin-jobs/runs/${runId}`, { token })
        ).body.run;
        return run.status;
      },
      { timeout: 30_000, interval: 50 },
    )
    .not.toBe('running');
  return run!;
}

const runDue = (lab: JobLab, token = SERVICE_TOKEN) =>
  callApi<RunDueReport & { message?: string }>(lab.server.url, 'POST', '/plugin-jobs/run-due', { token });

const setSchedule = (lab: JobLab, token: string, jobId: string, enabled: boolean) =>
  callApi<{ job: JobView; error?: string; message?: string }>(
    lab.server.url,
    'PUT',
    `/plugin-jobs/job-lab/${jobId}/schedule`,
    {
      token,
      body: { enabled },
    },
  );

describe('plugin jobs over HTTP', () => {
  it('lists the jobs an installed plugin declares, with their schedules', async () => {
    lab = await startJobLab();
    const jobs = await jobsOf(lab, lab.alice);
    expect(jobs.map((job) => job.id)).toEqual(['low-stock', 'value', 'orders', 'hang']);
    expect(jobs.find((job) => job.id === 'value')).toMatchObject({
      trigger: 'scheduled',
      schedule: 'daily',
      scheduleLabel: 'Every morning',
      scheduleEnabled: false,
      nextRunAt: null,
      lastRun: null,
    });
    expect(jobs.find((job) => job.id === 'orders')?.scheduleLabel).toBe('Every 2 hours');
  });

  it('runs a job now, keeps its summary and shows it as the last run', async () => {
    lab = await startJobLab();
    const started = await callApi<{ run: JobRunView }>(
      lab.server.url,
      'POST',
      '/plugin-jobs/job-lab/low-stock/run',
      {
        token: lab.alice,
      },
    );
    expect(started.status).toBe(202);
    const run = await finishedRun(lab, lab.alice, started.body.run.id);
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: '4 items low on stock',
      trigger: 'manual',
      error: null,
    });
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    expect((await jobOf(lab, lab.alice, 'low-stock')).lastRun).toMatchObject({
      id: run.id,
      summary: '4 items low on stock',
    });
    const history = await callApi<{ runs: JobRunView[] }>(
      lab.server.url,
      'GET',
      '/plugin-jobs/job-lab/low-stock/runs',
      {
        token: lab.alice,
      },
    );
    expect(history.body.runs.map((entry) => entry.id)).toEqual([run.id]);
  });

  it('cancels a run in progress and refuses a second start while it runs', async () => {
    lab = await startJobLab();
    const started = await callApi<{ run: JobRunView }>(
      lab.server.url,
      'POST',
      '/plugin-jobs/job-lab/hang/run',
      {
        token: lab.alice,
      },
    );
    expect(started.body.run.status).toBe('running');
    const again = await callApi(lab.server.url, 'POST', '/plugin-jobs/job-lab/hang/run', {
      token: lab.alice,
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('JOB_RUNNING');
    const cancelled = await callApi<{ run: JobRunView }>(
      lab.server.url,
      'POST',
      `/plugin-jobs/runs/${started.body.run.id}/cancel`,
      { token: lab.alice },
    );
    expect(cancelled.body.run).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
  });

  it('keeps jobs, runs and schedules to their user', async () => {
    lab = await startJobLab();
    const bob = await signInBob(lab.server.url);
    expect(await jobsOf(lab, bob)).toEqual([]);
    const started = await callApi<{ run: JobRunView }>(
      lab.server.url,
      'POST',
      '/plugin-jobs/job-lab/low-stock/run',
      {
        token: lab.alice,
      },
    );
    for (const [method, path] of [
      ['GET', `/plugin-jobs/runs/${started.body.run.id}`],
      ['POST', `/plugin-jobs/runs/${started.body.run.id}/cancel`],
      ['POST', '/plugin-jobs/job-lab/low-stock/run'],
      ['GET', '/plugin-jobs/job-lab/low-stock/runs'],
    ] as const) {
      const answer = await callApi(lab.server.url, method, path, { token: bob });
      expect(answer.status, `${method} ${path}`).toBe(404);
    }
    expect((await setSchedule(lab, bob, 'value', true)).status).toBe(404);
    await finishedRun(lab, lab.alice, started.body.run.id);
    const anonymous = await callApi(lab.server.url, 'GET', '/plugin-jobs');
    expect(anonymous.status).toBe(401);
  });

  it('switches a schedule on with its next run time, and off again', async () => {
    lab = await startJobLab();
    const on = await setSchedule(lab, lab.alice, 'orders', true);
    expect(on.body.job).toMatchObject({ scheduleEnabled: true, nextRunAt: '2026-03-02T10:00:00.000Z' });
    const manual = await setSchedule(lab, lab.alice, 'low-stock', true);
    expect(manual.status).toBe(409);
    expect(manual.body.error).toBe('JOB_NOT_SCHEDULED');
    const bad = await callApi(lab.server.url, 'PUT', '/plugin-jobs/job-lab/orders/schedule', {
      token: lab.alice,
      body: { enabled: 'yes' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('enabled must be true or false');
    const off = await setSchedule(lab, lab.alice, 'orders', false);
    expect(off.body.job).toMatchObject({ scheduleEnabled: false, nextRunAt: null });
  });

  it('lets only the service account run what is due', async () => {
    lab = await startJobLab();
    expect((await runDue(lab, lab.alice)).status).toBe(401);
    expect((await callApi(lab.server.url, 'POST', '/plugin-jobs/run-due')).status).toBe(401);
    const report = await runDue(lab);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ ran: [], skipped: 0, stopped: 0 });
  });

  it('refuses run-due on a server without a service account, saying how to set one', async () => {
    lab = await startJobLab({ serviceToken: undefined });
    const answer = await runDue(lab);
    expect(answer.status).toBe(403);
    expect(answer.body.message).toContain('STAC_WEB_SERVICE_TOKEN');
  });

  it('runs a due schedule, records the scheduled summary and moves the next run on', async () => {
    lab = await startJobLab();
    await setSchedule(lab, lab.alice, 'value', true);
    expect((await runDue(lab)).body.ran).toEqual([]);
    lab.setNow(new Date('2026-03-03T08:00:01.000Z'));
    const report = await runDue(lab);
    expect(report.body.ran).toHaveLength(1);
    expect(report.body.ran[0]).toMatchObject({ jobId: 'value', trigger: 'scheduled', status: 'succeeded' });
    const job = await jobOf(lab, lab.alice, 'value');
    expect(job.lastScheduledRun?.summary).toMatch(/^8 assets worth [\d.]+ EUR$/);
    expect(job.nextRunAt).toBe('2026-03-04T08:00:01.000Z');
    expect((await runDue(lab)).body.ran).toEqual([]);
  });

  it('runs a due job once when two run-due calls come at the same moment', async () => {
    lab = await startJobLab();
    await setSchedule(lab, lab.alice, 'value', true);
    await setSchedule(lab, lab.alice, 'orders', true);
    lab.setNow(new Date('2026-03-03T09:00:00.000Z'));
    const [first, second] = await Promise.all([runDue(lab), runDue(lab)]);
    const ran = [...first.body.ran, ...second.body.ran].map((run) => run.jobId).sort();
    expect(ran).toEqual(['orders', 'value']);
    const history = await callApi<{ runs: JobRunView[] }>(
      lab.server.url,
      'GET',
      '/plugin-jobs/job-lab/value/runs',
      {
        token: lab.alice,
      },
    );
    expect(history.body.runs).toHaveLength(1);
  });

  it('pauses a job after three failures in a row, says why, and resumes when switched on again', async () => {
    lab = await startJobLab();
    lab.setOrdersDown(true);
    await setSchedule(lab, lab.alice, 'orders', true);
    let clock = new Date('2026-03-02T08:00:00.000Z').getTime();
    for (let round = 0; round < 3; round += 1) {
      clock += 2 * 60 * 60_000 + 1000;
      lab.setNow(new Date(clock));
      const report = await runDue(lab);
      expect(report.body.ran.map((run) => run.status)).toEqual(['failed']);
    }
    const paused = await jobOf(lab, lab.alice, 'orders');
    expect(paused.pausedReason).toMatch(/Paused after 3 failed runs in a row\. Last error: .*503/);
    expect(paused.nextRunAt).toBeNull();
    expect(paused.lastScheduledRun?.error?.message).toContain('503');
    lab.setNow(new Date(clock + 3 * 60 * 60_000));
    expect((await runDue(lab)).body.ran).toEqual([]);
    lab.setOrdersDown(false);
    const resumed = await setSchedule(lab, lab.alice, 'orders', true);
    expect(resumed.body.job).toMatchObject({ pausedReason: null, consecutiveFailures: 0 });
    lab.setNow(new Date(clock + 6 * 60 * 60_000));
    expect((await runDue(lab)).body.ran.map((run) => run.summary)).toEqual(['7 open orders']);
  });

  it('stops the schedule of a plugin the user uninstalled', async () => {
    lab = await startJobLab();
    await setSchedule(lab, lab.alice, 'value', true);
    await callApi(lab.server.url, 'DELETE', '/plugins/uninstall/job-lab', { token: lab.alice });
    lab.setNow(new Date('2026-03-04T00:00:00.000Z'));
    expect((await runDue(lab)).body).toMatchObject({ ran: [], stopped: 1 });
    expect((await runDue(lab)).body).toMatchObject({ ran: [], stopped: 0 });
  });
});
