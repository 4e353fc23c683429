// Child process of `npm run bench`: one database with 10,000 users, served twice in this process —
// the full Thirdline stack and a bare Fastify route running the identical SQL and JSON shape.
// Prints one JSON line { full, bare, cookie } on stdout when ready; exits on SIGTERM.
import { PERMISSIONS } from '@thirdline/shared/rbac/permissions';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { bootstrapOrganisation, buildApp } from '../apps/server/src/app';
import { loadEnv } from '../apps/server/src/config/env';
import type { Database } from '../apps/server/src/db/client';
import { presentUser } from '../apps/server/src/modules/org/org.presenter';
import { listUserViews } from '../apps/server/src/modules/org/users.repository';
import type { Actor } from '../apps/server/src/platform/auth/actor';
import { systemClock } from '../apps/server/src/platform/calendar/clock';
import { announceReady, openBenchDatabase } from './bench-database';

const USERS = 10_000;
const PASSWORD = 'Bench-Admin-Passw0rd';

async function seedUsers(database: Database) {
  await database.db.execute(sql`
    insert into departments (id, name, created_at, updated_at)
    select gen_random_uuid(), '部门' || g, now(), now() from generate_series(1, 20) g`);
  await database.db.execute(sql`
    insert into users (id, username, display_name, email, department_id, roles, password_hash, created_at, updated_at)
    select gen_random_uuid(), 'user' || lpad(g::text, 5, '0'), '用户' || g, 'user' || g || '@example.cn',
           (select id from departments order by name offset (g % 20) limit 1),
           array['specialist'], 'not-a-usable-hash', now() - (g || ' seconds')::interval, now()
    from generate_series(1, ${USERS}) g`);
  await database.db.execute(sql`vacuum analyze`);
}

const { database, drop } = await openBenchDatabase();
await database.migrate();
await bootstrapOrganisation(database.db, systemClock, { adminPassword: PASSWORD, timeZone: 'Asia/Shanghai' });
await seedUsers(database);

const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
const { app: full } = await buildApp({ env, database, db: database.db, clock: systemClock });
await full.listen({ port: 0, host: '127.0.0.1' });

// The bare route: same query function and presenter, no auth, no validation, no plugins.
const benchActor = {
  userId: '00000000-0000-7000-8000-000000000000',
  username: 'bench',
  displayName: 'bench',
  departmentId: null,
  roles: ['admin'],
  permissions: new Set(PERMISSIONS),
  locale: 'zh-CN',
  mustChangePassword: false,
  via: 'session',
} satisfies Actor;
const bare = Fastify({ logger: false });
bare.get('/bare/users', async (request) => {
  const query = request.query as { page?: string; pageSize?: string };
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 20);
  const { rows, total } = await listUserViews(database.db, {}, pageSize, (page - 1) * pageSize);
  return { items: rows.map((u) => presentUser(benchActor, u)), total, page, pageSize };
});
await bare.listen({ port: 0, host: '127.0.0.1' });

await announceReady({ full, bare }, database, drop, PASSWORD, { kind: database.kind });
