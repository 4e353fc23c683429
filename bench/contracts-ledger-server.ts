// Child process of `npm run bench:contracts-ledger`: 50,000 contracts (2,000 vendors, 20 departments) with 500,000
// payments, served twice in this process — the full Thirdline stack and a bare Fastify route running the identical
// ledger queries and presenter. Prints one JSON line { full, bare, cookie, seedMs, vendorId, departmentId } when ready.
import { PERMISSIONS } from '@thirdline/shared/rbac/permissions';
import { contractLedgerQuerySchema } from '@thirdline/shared/contracts/ledger.schemas';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { bootstrapOrganisation, buildApp } from '../apps/server/src/app';
import { loadEnv } from '../apps/server/src/config/env';
import { queryRows } from '../apps/server/src/db/client';
import { presentLedgerRow } from '../apps/server/src/modules/contracts/ledger/ledger.presenter';
import { ledgerTotals, listLedger } from '../apps/server/src/modules/contracts/ledger/ledger.repository';
import type { Actor } from '../apps/server/src/platform/auth/actor';
import { systemClock } from '../apps/server/src/platform/calendar/clock';
import { announceReady, openBenchDatabase } from './bench-database';
import { CONTRACTS, PAYMENTS_PER_CONTRACT, seedLedger } from './contracts-ledger-seed';

const PASSWORD = 'Bench-Admin-Passw0rd';

const bench = await openBenchDatabase();
const { database } = bench;
await database.migrate();
await bootstrapOrganisation(database.db, systemClock, { adminPassword: PASSWORD, timeZone: 'Asia/Shanghai' });
const [admin] = await queryRows<{ id: string }>(database.db, sql`select id from users where username = 'admin'`);
const started = performance.now();
await seedLedger(database, admin!.id);
const seedMs = Math.round(performance.now() - started);
const [sample] = await queryRows<{ vendor_id: string; department_id: string }>(
  database.db,
  sql`select vendor_id, department_id from contracts order by reference limit 1`,
);

const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
const { app: full } = await buildApp({ env, database, db: database.db, clock: systemClock });
await full.listen({ port: 0, host: '127.0.0.1' });

// The bare route: same queries and presenter, no auth, no plugins.
const actor = { userId: admin!.id, permissions: new Set(PERMISSIONS), roles: ['admin'] } as unknown as Actor;
const bare = Fastify({ logger: false });
bare.get('/bare/contracts', async (request) => {
  const query = contractLedgerQuerySchema.parse(request.query);
  const today = new Date().toISOString().slice(0, 10);
  const [rows, totals] = await Promise.all([
    listLedger(database.db, query, today, query.pageSize, (query.page - 1) * query.pageSize),
    ledgerTotals(database.db, query, today),
  ]);
  return {
    items: rows.map((r) => presentLedgerRow(actor, r)),
    total: totals.reduce((n, t) => n + t.count, 0),
    page: query.page,
    pageSize: query.pageSize,
    byCurrency: totals,
  };
});
await bare.listen({ port: 0, host: '127.0.0.1' });

console.error(`seeded ${CONTRACTS} contracts and ${CONTRACTS * PAYMENTS_PER_CONTRACT} payments in ${seedMs} ms`);
await announceReady({ full, bare }, database, bench.drop, PASSWORD, {
  seedMs,
  vendorId: sample!.vendor_id,
  departmentId: sample!.department_id,
});
