import {
  failedJobParamsSchema,
  jobNameParamsSchema,
  jobRunResultSchema,
  jobsOverviewSchema,
  type JobsOverview,
} from '@thirdline/shared/jobs/jobs.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type PgBoss from 'pg-boss';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit/audit';
import { auditContextOf } from '../audit/request-context';
import type { Clock } from '../calendar/clock';
import { conflict, notFound } from '../errors/problem';
import type { JobRuntime } from './job-runtime';
import { bossInstalled, findFailedJob, lastRuns, listFailedJobs, listQueues } from './jobs-admin.repository';

export interface JobRoutesDeps {
  db: Db;
  clock: Clock;
  runtime: JobRuntime;
}

const iso = (v: string | null) => (v ? new Date(v).toISOString() : null);

function errorOf(output: unknown): string | null {
  if (output === null || output === undefined) return null;
  if (typeof output === 'object' && 'message' in output) return String((output as { message: unknown }).message);
  return JSON.stringify(output).slice(0, 1000);
}

async function overview(deps: JobRoutesDeps): Promise<JobsOverview> {
  const running = deps.runtime.boss !== undefined;
  if (!(await bossInstalled(deps.db))) return { running, queues: [], failures: [] };
  const runs = new Map((await lastRuns(deps.db)).map((r) => [r.name, r]));
  const queues = (await listQueues(deps.db)).map((q) => {
    const run = runs.get(q.name);
    return {
      name: q.name,
      policy: q.policy,
      retryLimit: q.retry_limit,
      schedule: q.cron ? { cron: q.cron, timeZone: q.timezone } : null,
      queued: q.queued,
      failed: q.failed,
      lastRun: run ? { state: run.state, startedAt: iso(run.started_on), completedAt: iso(run.completed_on) } : null,
    };
  });
  const failures = (await listFailedJobs(deps.db)).map((f) => ({
    id: f.id,
    name: f.name,
    retryCount: f.retry_count,
    startedAt: iso(f.started_on),
    completedAt: iso(f.completed_on),
    error: errorOf(f.output),
  }));
  return { running, queues, failures };
}

/** The jobs admin page: queues, schedules, last runs and failures from pg-boss; run a queue now, retry a failure. */
export function registerJobRoutes(root: FastifyInstance, deps: JobRoutesDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['jobs'];
  const boss = (): PgBoss => {
    if (!deps.runtime.boss) throw conflict('The job queue does not run in this process.', 'jobs_not_running');
    return deps.runtime.boss;
  };

  app.get(
    '/api/v1/jobs',
    {
      config: { permission: 'jobs:manage' },
      schema: {
        tags,
        summary: 'Job queues, schedules, last runs and failures',
        response: { 200: jobsOverviewSchema },
      },
    },
    async () => overview(deps),
  );

  app.post(
    '/api/v1/jobs/:name/run',
    {
      config: { permission: 'jobs:manage' },
      schema: {
        tags,
        summary: 'Queue a run of a job now',
        params: jobNameParamsSchema,
        response: { 200: jobRunResultSchema },
      },
    },
    async (request) => {
      const queue = boss();
      if (!(await queue.getQueue(request.params.name))) throw notFound('No such job queue.');
      const ctx = auditContextOf(request, deps.clock);
      const jobId = await queue.send(request.params.name, {});
      await deps.db.transaction((tx) =>
        recordAudit(tx, ctx, {
          action: 'job.run',
          recordType: 'job-queue',
          recordId: request.params.name,
          details: { jobId },
        }),
      );
      return { jobId };
    },
  );

  app.post(
    '/api/v1/jobs/failed/:id/retry',
    {
      config: { permission: 'jobs:manage' },
      schema: {
        tags,
        summary: 'Retry a failed job',
        params: failedJobParamsSchema,
        response: { 200: jobRunResultSchema },
      },
    },
    async (request) => {
      const queue = boss();
      const failed = (await bossInstalled(deps.db)) ? await findFailedJob(deps.db, request.params.id) : undefined;
      if (!failed) throw notFound('No such failed job.');
      const ctx = auditContextOf(request, deps.clock);
      await queue.retry(failed.name, failed.id);
      await deps.db.transaction((tx) =>
        recordAudit(tx, ctx, {
          action: 'job.retry',
          recordType: 'job-queue',
          recordId: failed.name,
          details: { jobId: failed.id },
        }),
      );
      return { jobId: failed.id };
    },
  );
}
