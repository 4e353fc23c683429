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
        const cpuMs = (since: NodeJS.CpuUsage) => {
          const used = process.cpuUsage(since);
          return ((used.user + used.system) / 1000).toFixed(0);
        };
        let t = performance.now();
        let cpu = process.cpuUsage();
        const first = await scan();
        const firstMs = performance.now() - t;
        const firstCpu = cpuMs(cpu);
        t = performance.now();
        cpu = process.cpuUsage();
        const second = await scan();
        const secondMs = performance.now() - t;
        const secondCpu = cpuMs(cpu);
        return [
          name,
          String(first.due),
          String(first.sent),
          firstMs.toFixed(0),
          firstCpu,
          String(second.sent),
          secondMs.toFixed(0),
          secondCpu,
        ];
      }),
    );
  }
  // Wall-clock times include waiting for a CPU on a busy machine; "CPU ms" is what this process spent (with PGlite
  // that includes the database, with PostgreSQL the server's work is not in it).
  printTable(
    title,
    ['database', 'due', 'sent', 'first scan ms', 'first CPU ms', 'sent again', 'repeat scan ms', 'repeat CPU ms'],
    rows,
  );
}
