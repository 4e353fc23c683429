// Child process of `npm run bench:inbox`: one database where the administrator has 5,000 open approval tasks
// (and 5 other users 25,000 more), served twice in this process — the full Thirdline stack and a bare Fastify
// route running the identical queries and presenter. Prints one JSON line { full, bare, cookie } when ready.
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { openBenchDatabase } from './bench-database';
import { announceReady } from './server-support';
import { bootstrapOrganisation, buildApp } from '../apps/server/src/app';
import { loadEnv } from '../apps/server/src/config/env';
import { queryRows, type Database } from '../apps/server/src/db/client';
import { systemClock } from '../apps/server/src/platform/calendar/clock';
import { seedWorkflowDefinitions } from '../apps/server/src/platform/workflow';
import { listInbox } from '../apps/server/src/platform/workflow/inbox.repository';
import { loadPeople, presentTask } from '../apps/server/src/platform/workflow/workflow.presenter';

const APPROVALS = 5_000;
const PASSWORD = 'Bench-Admin-Passw0rd';

/** 5,000 pending approvals, each with an open task for the administrator and five for other people. */
async function seedTasks(database: Database, assigneeId: string) {
  await database.db.execute(sql`
    insert into approvals (id, reference, definition_id, flow_code, flow_name, stages, stage_states, record_type,
                           record_id, title, link, submitter_id, department_id, context, status, current_stage,
                           created_at, updated_at)
    select gen_random_uuid(), 'AP-2026-' || lpad(g::text, 5, '0'), d.id, d.code, d.name, d.stages,
           '["active","waiting","waiting"]'::jsonb, 'vendor', gen_random_uuid()::text, '供应商准入审批：供应商' || g,
           '/vendors/x', ${assigneeId}::uuid, null, '{}'::jsonb, 'pending', 0,
           now() - (g || ' minutes')::interval, now()
    from generate_series(1, ${APPROVALS}) g, workflow_definitions d where d.code = 'vendor-approval'`);
  await database.db.execute(sql`
    insert into approval_tasks (id, approval_id, stage_index, assignee_id, status, due_at, created_at)
    select gen_random_uuid(), a.id, 0, case when k = 0 then ${assigneeId}::uuid else gen_random_uuid() end, 'open',
           a.created_at + interval '3 days', a.created_at
    from approvals a, generate_series(0, 5) k`);
  await database.db.execute(sql`vacuum analyze`);
}

const bench = await openBenchDatabase();
const { database } = bench;
await database.migrate();
await bootstrapOrganisation(database.db, systemClock, { adminPassword: PASSWORD, timeZone: 'Asia/Shanghai' });
await seedWorkflowDefinitions(database.db, systemClock);
const [admin] = await queryRows<{ id: string }>(database.db, sql`select id from users where username = 'admin'`);
await seedTasks(database, admin!.id);

const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
const { app: full } = await buildApp({ env, database, db: database.db, clock: systemClock });
await full.listen({ port: 0, host: '127.0.0.1' });

// The bare route: same queries and presenter, no auth, no validation, no plugins.
const bare = Fastify({ logger: false });
bare.get('/bare/approval-tasks', async (request) => {
  const query = request.query as { page?: string; pageSize?: string };
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 20);
  const now = new Date();
  const { rows, total } = await listInbox(database.db, admin!.id, { status: 'open', page, pageSize }, now);
  const people = await loadPeople(
    database.db,
    rows.map((r) => r.approval.submitterId),
  );
  return { items: rows.map((r) => presentTask(r, people, now)), total, page, pageSize };
});
await bare.listen({ port: 0, host: '127.0.0.1' });

await announceReady(full, bare, bench, PASSWORD);
