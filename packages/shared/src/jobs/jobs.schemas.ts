import { z } from 'zod';

export const jobQueueSchema = z.object({
  name: z.string(),
  policy: z.string().nullable(),
  retryLimit: z.number().int().nullable(),
  /** Cron expression and its time zone, when the queue runs on a schedule. */
  schedule: z.object({ cron: z.string(), timeZone: z.string().nullable() }).nullable(),
  /** Jobs waiting or running now. */
  queued: z.number().int(),
  lastRun: z
    .object({ state: z.string(), startedAt: z.string().nullable(), completedAt: z.string().nullable() })
    .nullable(),
  failed: z.number().int(),
});

export const failedJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  retryCount: z.number().int(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  error: z.string().nullable(),
});

export const jobsOverviewSchema = z.object({
  /** False when the job queue does not run in this process (run now / retry are then refused). */
  running: z.boolean(),
  queues: z.array(jobQueueSchema),
  failures: z.array(failedJobSchema),
});
export type JobsOverview = z.infer<typeof jobsOverviewSchema>;

const jobName = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'Must be a queue name.');
export const jobNameParamsSchema = z.strictObject({ name: jobName });
export const failedJobParamsSchema = z.strictObject({ id: z.uuid() });
export const jobRunResultSchema = z.object({ jobId: z.string().nullable() });
