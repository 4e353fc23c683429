import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { NOTIFICATION_OUTBOX_CRON, NOTIFICATION_OUTBOX_QUEUE, REMINDER_SCAN_QUEUE, startJobs, type Jobs } from './jobs';

const FLAKY = 'flaky-job';

describe('jobs admin', () => {
  let t: TestApp;
  let admin: TestSession;
  let jobs: Jobs;
  let flakyRuns = 0;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(async () => {
    await jobs?.stop();
    await t.close();
  });

  const jobState = async (name: string, id: string) => (await jobs.boss.getJobById(name, id))?.state;

  it('shows an empty page and refuses to run anything while no job queue runs in the process', async () => {
    const res = await admin.get('/api/v1/jobs');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ running: false, queues: [], failures: [] });
    const run = await admin.post(`/api/v1/jobs/${REMINDER_SCAN_QUEUE}/run`);
    expect(run.statusCode).toBe(409);
    expect(run.json()).toMatchObject({ code: 'jobs_not_running' });
  });

  it('lists queues with their schedules and last runs, and runs one now', async () => {
    jobs = await startJobs({
      database: t.database,
      databaseUrl: t.database.url,
      clock: t.clock,
      registry: t.dueItems,
      timeZone: async () => 'Asia/Shanghai',
      outbox: { secretKey: t.secretKey },
    });
    t.jobRuntime.attach(jobs.boss);

    const before = (await admin.get('/api/v1/jobs')).json();
    expect(before.running).toBe(true);
    const outbox = before.queues.find((q: { name: string }) => q.name === NOTIFICATION_OUTBOX_QUEUE);
    expect(outbox).toMatchObject({
      policy: 'singleton',
      schedule: { cron: NOTIFICATION_OUTBOX_CRON, timeZone: 'Asia/Shanghai' },
    });
    expect(before.queues.map((q: { name: string }) => q.name)).toContain(REMINDER_SCAN_QUEUE);
    // pg-boss's own internal queues are not listed.
    expect(before.queues.filter((q: { name: string }) => q.name.startsWith('__pgboss'))).toEqual([]);

    const run = await admin.post(`/api/v1/jobs/${REMINDER_SCAN_QUEUE}/run`);
    expect(run.statusCode, run.body).toBe(200);
    const { jobId } = run.json() as { jobId: string };
    await expect.poll(() => jobState(REMINDER_SCAN_QUEUE, jobId), { timeout: 15_000 }).toBe('completed');
    const after = (await admin.get('/api/v1/jobs')).json();
    expect(after.queues.find((q: { name: string }) => q.name === REMINDER_SCAN_QUEUE).lastRun).toMatchObject({
      state: 'completed',
      completedAt: expect.any(String),
    });

    expect((await admin.post('/api/v1/jobs/no-such-queue/run')).statusCode).toBe(404);
    expect((await admin.post('/api/v1/jobs/Bad%20Name/run')).statusCode).toBe(400);
  });

  it('lists a failed job with its error and retries it', async () => {
    await jobs.boss.createQueue(FLAKY, { name: FLAKY, retryLimit: 0 });
    await jobs.boss.work(FLAKY, { pollingIntervalSeconds: 0.5 }, async () => {
      flakyRuns++;
      if (flakyRuns === 1) throw new Error('the vendor registry was unreachable');
      return { ok: true };
    });
    const id = (await jobs.boss.send(FLAKY, {})) as string;
    await expect.poll(() => jobState(FLAKY, id), { timeout: 15_000 }).toBe('failed');

    const page = (await admin.get('/api/v1/jobs')).json();
    expect(page.failures).toEqual([
      expect.objectContaining({ id, name: FLAKY, error: 'the vendor registry was unreachable' }),
    ]);
    expect(page.queues.find((q: { name: string }) => q.name === FLAKY)).toMatchObject({ failed: 1 });

    const retry = await admin.post(`/api/v1/jobs/failed/${id}/retry`);
    expect(retry.statusCode, retry.body).toBe(200);
    await expect.poll(() => jobState(FLAKY, id), { timeout: 15_000 }).toBe('completed');
    expect(flakyRuns).toBe(2);
    expect((await admin.get('/api/v1/jobs')).json().failures).toEqual([]);
    expect((await admin.post(`/api/v1/jobs/failed/${id}/retry`)).statusCode).toBe(404);
  });
});
