// Child process of `npm run bench` (bench/vendors.ts): 100,000 vendors served twice in this process — the full
// Thirdline stack and a bare Fastify route running the identical list SQL and presenter.
// Prints one JSON line { full, bare, cookie, seedMs } on stdout when ready; exits on SIGTERM.
import { PERMISSIONS } from '@thirdline/shared/rbac/permissions';
import type { VendorListQuery } from '@thirdline/shared/vendors/vendors.schemas';
import Fastify from 'fastify';
import { bootstrapOrganisation, buildApp } from '../apps/server/src/app';
import { loadEnv } from '../apps/server/src/config/env';
import { presentVendor } from '../apps/server/src/modules/vendors/vendors.presenter';
import { listVendors } from '../apps/server/src/modules/vendors/vendors.repository';
import { systemClock } from '../apps/server/src/platform/calendar/clock';
import { announceReady, openBenchDatabase, seedVendors } from './bench-database';

const VENDORS = Number(process.env.BENCH_VENDORS ?? 100_000);
const PASSWORD = 'Bench-Admin-Passw0rd';

const { database, drop } = await openBenchDatabase();
await database.migrate();
await bootstrapOrganisation(database.db, systemClock, { adminPassword: PASSWORD, timeZone: 'Asia/Shanghai' });
const started = performance.now();
await seedVendors(database, VENDORS);
const seedMs = Math.round(performance.now() - started);

const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
const { app: full } = await buildApp({ env, database, db: database.db, clock: systemClock });
await full.listen({ port: 0, host: '127.0.0.1' });

// The bare route: same query function and presenter, no auth, no validation, no plugins.
const actor = { userId: '00000000-0000-7000-8000-000000000000', permissions: new Set(PERMISSIONS) };
const bare = Fastify({ logger: false });
bare.get('/bare/vendors', async (request) => {
  const query = request.query as Record<string, string | undefined>;
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 20);
  const listQuery = { sort: query.sort, q: query.q } as VendorListQuery;
  const today = new Date().toISOString().slice(0, 10);
  const { rows, total } = await listVendors(database.db, listQuery, today, pageSize, (page - 1) * pageSize);
  return { items: rows.map((v) => presentVendor(actor, v)), total, page, pageSize };
});
await bare.listen({ port: 0, host: '127.0.0.1' });

await announceReady({ full, bare }, database, drop, PASSWORD, { seedMs });
