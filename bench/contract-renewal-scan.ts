// `npm run bench:renewal-scan`: the reminder scan over 50,000 running contracts with the contract exit kinds
// (end date and notice deadline, 90/60/30/7 days before; target ≤ 2 s, issue 6), on PGlite and — when
// BENCH_DATABASE_URL is set — PostgreSQL. The first scan sends what is due today; the second finds it all sent.
// Contracts belong to 200 departments (one head look-up each per scan). A benchmark, not a test: it never fails.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/server/src/db/client';
import { exitDueItemKinds } from '../apps/server/src/modules/contracts/exit/exit-reminders';
import { DueItemRegistry } from '../apps/server/src/platform/jobs/due-items';
import { runReminderScan } from '../apps/server/src/platform/jobs/reminder-scan';

const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 50_000);
const NOW = new Date('2026-10-08T01:00:00Z');

async function bench(name: string, database: Database) {
  await database.migrate();
  await database.db.execute(sql`
    insert into contracts (id, reference, title, vendor_id, type, department_id, project_manager_id, amount,
                           start_date, end_date, auto_renewal, notice_period_days, status, created_at, updated_at)
    select gen_random_uuid(), 'CT-2025-' || lpad(g::text, 7, '0'), '基准合同 ' || g, gen_random_uuid(), 'outsourcing',
           ('01900000-0000-7000-8000-' || lpad((g % 200)::text, 12, '0'))::uuid, gen_random_uuid(), 100000,
           date '2025-01-01', date '2026-10-08' + (g % 400), g % 5 = 0, (array[0, 30, 60, 90])[1 + g % 4],
           (array['active', 'active', 'active', 'approved', 'expired'])[1 + g % 5], now(), now()
    from generate_series(1, ${CONTRACTS}) g`);
  const registry = new DueItemRegistry();
  for (const kind of exitDueItemKinds) registry.register(kind);
  const scan = () => runReminderScan({ db: database.db, registry, timeZone: 'Asia/Shanghai' }, NOW);
  let t = performance.now();
  const first = await scan();
  const firstMs = performance.now() - t;
  t = performance.now();
  const second = await scan();
  const secondMs = performance.now() - t;
  return [name, String(first.due), String(first.sent), firstMs.toFixed(0), String(second.sent), secondMs.toFixed(0)];
}

const rows: string[][] = [];
const embedded = await openDatabase({});
rows.push(await bench('PGlite', embedded));
await embedded.close();

const serverUrl = process.env.BENCH_DATABASE_URL;
if (serverUrl) {
  const dbName = `thirdline_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  try {
    rows.push(await bench('PostgreSQL', database));
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

const header = ['database', 'due', 'sent', 'first scan ms', 'sent again', 'repeat scan ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
console.log(`\nContract renewal reminder scan over ${CONTRACTS.toLocaleString('en')} contracts (target: ≤ 2,000 ms)\n`);
console.log(line(header));
for (const r of rows) console.log(line(r));
