// Shared by the in-process scan benchmarks: run one measurement on a fresh PGlite and, when BENCH_DATABASE_URL is
// set, on a throwaway database of that PostgreSQL; print the rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/server/src/db/client';
import { benchTargets, printTable } from './harness';
import type { DueItemRegistry } from '../apps/server/src/platform/jobs/due-items';
import { runReminderScan } from '../apps/server/src/platform/jobs/reminder-scan';

async function withDatabase<T>(url: string | undefined, run: (database: Database) => Promise<T>): Promise<T> {
  if (!url) {
    const database = await openDatabase({});
    try {
      return await run(database);
    } finally {
      await database.close();
    }
  }
  const name = `thirdline_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString(), poolSize: 4 });
  try {
    return await run(database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/**
 * Seeds each target database, then times two reminder scans at `now`: the first sends what is due, the second
 * (the daily case once caught up) finds it all sent. Prints one row per database.
 */
export async function benchReminderScan(
  title: string,
  now: Date,
  seed: (database: Database) => Promise<DueItemRegistry>,
): Promise<void> {
  const rows: string[][] = [];
  for (const { name, url } of benchTargets()) {
    rows.push(
      await withDatabase(url, async (database) => {
        await database.migrate();
        const registry = await seed(database);
        const scan = () => runReminderScan({ db: database.db, registry, timeZone: 'Asia/Shanghai' }, now);
        let t = performance.now();
        const first = await scan();
        const firstMs = performance.now() - t;
        t = performance.now();
        const second = await scan();
        const secondMs = performance.now() - t;
        return [
          name,
          String(first.due),
          String(first.sent),
          firstMs.toFixed(0),
          String(second.sent),
          secondMs.toFixed(0),
        ];
      }),
    );
  }
  printTable(title, ['database', 'due', 'sent', 'first scan ms', 'sent again', 'repeat scan ms'], rows);
}
