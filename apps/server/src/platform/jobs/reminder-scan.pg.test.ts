import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client';
import { addDays } from '../calendar/iso-date';
import { notifications } from '../notifications/notifications.table';
import { DueItemRegistry } from './due-items';
import { remindersSent } from './jobs.table';
import { createDueItemsTable, insertDueItems, testDueItemKind } from './jobs-test-support';
import { FixedClock } from '../calendar/clock';
import { REMINDER_SCAN_QUEUE, startJobs } from './jobs';
import { runReminderScan } from './reminder-scan';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('reminder scan with two instances on PostgreSQL', () => {
  const name = `thirdline_jobs_${randomBytes(5).toString('hex')}`;
  let url: string;
  let instances: Database[] = [];
  const registry = new DueItemRegistry();
  registry.register(testDueItemKind({ daysBefore: [30, 7], onTheDay: true, overdueEveryDays: 7 }));
  const now = new Date('2026-10-08T01:00:00Z'); // 09:00 in Shanghai

  const scanOn = (d: Database) => runReminderScan({ db: d.db, registry, timeZone: 'Asia/Shanghai' }, now);
  const counts = async (d: Database) => {
    const [n] = await d.db.select({ n: count() }).from(notifications);
    const [r] = await d.db.select({ n: count() }).from(remindersSent);
    return { notifications: n!.n, reminders: r!.n };
  };

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(serverUrl as string);
    u.pathname = `/${name}`;
    url = u.toString();
    instances = await Promise.all([1, 2].map(() => openDatabase({ databaseUrl: url, poolSize: 4 })));
    await instances[0]!.migrate();
    await createDueItemsTable(instances[0]!.db);
    // 1,000 items whose current reminder is due today: due dates from 30 days ahead to 60 days overdue.
    await insertDueItems(
      instances[0]!.db,
      Array.from({ length: 1000 }, (_, i) => ({
        id: `item-${String(i).padStart(4, '0')}`,
        dueDate: addDays('2026-10-08', 30 - (i % 91)),
        recipient: uuidv7(),
      })),
    );
  });

  afterAll(async () => {
    await Promise.all(instances.map((d) => d.close()));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('sends exactly 1,000 notifications for 1,000 due items when both scan at once', async () => {
    // Two scans on each instance, all at the same moment.
    const results = await Promise.all([...instances, ...instances].map(scanOn));
    expect(results.map((r) => r.due)).toEqual([1000, 1000, 1000, 1000]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1000);
    expect(results.reduce((sum, r) => sum + r.notifications, 0)).toBe(1000);
    expect(await counts(instances[0]!)).toEqual({ notifications: 1000, reminders: 1000 });
  });

  it('sends nothing more after a restart', async () => {
    const restarted = await openDatabase({ databaseUrl: url, poolSize: 2 });
    try {
      const again = await Promise.all([scanOn(restarted), scanOn(instances[1]!)]);
      expect(again.map((r) => r.sent)).toEqual([0, 0]);
      expect(await counts(restarted)).toEqual({ notifications: 1000, reminders: 1000 });
    } finally {
      await restarted.close();
    }
  });

  it('runs the scheduled scan through pg-boss on PostgreSQL without sending anything twice', async () => {
    const jobs = await startJobs({
      database: instances[1]!,
      databaseUrl: url,
      clock: new FixedClock(now),
      registry,
      timeZone: async () => 'Asia/Shanghai',
    });
    try {
      expect((await jobs.boss.getSchedules()).find((s) => s.name === REMINDER_SCAN_QUEUE)).toMatchObject({
        name: REMINDER_SCAN_QUEUE,
        options: { tz: 'Asia/Shanghai' },
      });
      const id = await jobs.boss.send(REMINDER_SCAN_QUEUE, {});
      await expect
        .poll(async () => (await jobs.boss.getJobById(REMINDER_SCAN_QUEUE, id!))?.state, { timeout: 15_000 })
        .toBe('completed');
      expect((await jobs.boss.getJobById(REMINDER_SCAN_QUEUE, id!))?.output).toMatchObject({ due: 1000, sent: 0 });
      expect(await counts(instances[0]!)).toEqual({ notifications: 1000, reminders: 1000 });
    } finally {
      await jobs.stop();
    }
  });
});
