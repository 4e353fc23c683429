// `npm run bench:reminders`: the reminder scan over 50,000 due items (target ≤ 2 s, issue 5), on PGlite and — when
// BENCH_DATABASE_URL is set — PostgreSQL. First scan sends every reminder; the second finds them all sent.
// A benchmark, not a test: it never fails on a number.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { openDatabase, type Database } from '../apps/server/src/db/client';
import { addDays } from '../apps/server/src/platform/calendar/iso-date';
import { DueItemRegistry } from '../apps/server/src/platform/jobs/due-items';
import {
  createDueItemsTable,
  insertDueItems,
  testDueItemKind,
} from '../apps/server/src/platform/jobs/jobs-test-support';
import { runReminderScan } from '../apps/server/src/platform/jobs/reminder-scan';

const ITEMS = Number(process.env.BENCH_REMINDER_ITEMS ?? 50_000);
const NOW = new Date('2026-10-08T01:00:00Z');

async function bench(name: string, database: Database) {
  await database.migrate();
  await createDueItemsTable(database.db);
  await insertDueItems(
    database.db,
    Array.from({ length: ITEMS }, (_, i) => ({
      id: `item-${i}`,
      dueDate: addDays('2026-10-08', 30 - (i % 91)),
      recipient: uuidv7(),
    })),
  );
  const registry = new DueItemRegistry();
  registry.register(testDueItemKind({ daysBefore: [30, 7], onTheDay: true, overdueEveryDays: 7 }));
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
  const name = `thirdline_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  try {
    rows.push(await bench('PostgreSQL', database));
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const header = ['database', 'due', 'sent', 'first scan ms', 'sent again', 'repeat scan ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
console.log(`\nReminder scan over ${ITEMS.toLocaleString('en')} due items (target: ≤ 2,000 ms)\n`);
console.log(line(header));
for (const r of rows) console.log(line(r));
