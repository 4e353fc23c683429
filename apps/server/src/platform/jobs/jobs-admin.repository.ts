import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';

/** Read-only views of pg-boss's own tables (schema `pgboss`) for the jobs admin page. */

export interface QueueRow {
  name: string;
  policy: string | null;
  retry_limit: number | null;
  cron: string | null;
  timezone: string | null;
  queued: number;
  failed: number;
}

export interface LastRunRow {
  name: string;
  state: string;
  started_on: string | null;
  completed_on: string | null;
}

export interface FailedJobRow {
  id: string;
  name: string;
  retry_count: number;
  started_on: string | null;
  completed_on: string | null;
  output: unknown;
}

/** Whether pg-boss has installed its schema in this database (it does on its first start). */
export async function bossInstalled(db: Executor): Promise<boolean> {
  const [row] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('pgboss.queue') is not null as present`,
  );
  return row?.present === true;
}

export async function listQueues(db: Executor): Promise<QueueRow[]> {
  return queryRows<QueueRow>(
    db,
    sql`select q.name, q.policy, q.retry_limit, s.cron, s.timezone,
          (select count(*)::int from pgboss.job j where j.name = q.name and j.state in ('created', 'retry', 'active')) as queued,
          (select count(*)::int from pgboss.job j where j.name = q.name and j.state = 'failed') as failed
        from pgboss.queue q left join pgboss.schedule s on s.name = q.name
        where q.name not like '\_\_pgboss%'
        order by q.name`,
  );
}

/** The latest finished (or running) job of each queue, in the live table or the archive. */
export async function lastRuns(db: Executor): Promise<LastRunRow[]> {
  return queryRows<LastRunRow>(
    db,
    sql`select distinct on (name) name, state::text as state, started_on, completed_on
        from (select name, state, started_on, completed_on from pgboss.job where started_on is not null
              union all
              select name, state, started_on, completed_on from pgboss.archive where started_on is not null) runs
        order by name, started_on desc`,
  );
}

export async function listFailedJobs(db: Executor, limit = 100): Promise<FailedJobRow[]> {
  return queryRows<FailedJobRow>(
    db,
    sql`select id, name, retry_count, started_on, completed_on, output from pgboss.job
        where state = 'failed' order by completed_on desc nulls last limit ${limit}`,
  );
}

export async function findFailedJob(db: Executor, id: string): Promise<FailedJobRow | undefined> {
  const [row] = await queryRows<FailedJobRow>(
    db,
    sql`select id, name, retry_count, started_on, completed_on, output from pgboss.job
        where id = ${id} and state = 'failed'`,
  );
  return row;
}
