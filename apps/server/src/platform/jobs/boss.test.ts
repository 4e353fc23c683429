import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { openDatabase, type Database } from '../../db/client';
import { FixedClock } from '../calendar/clock';
import { notifications } from '../notifications/notifications.table';
import { createBoss } from './boss';
import { DueItemRegistry } from './due-items';
import { createDueItemsTable, insertDueItems, testDueItemKind } from './jobs-test-support';
import { REMINDER_SCAN_CRON, REMINDER_SCAN_QUEUE, startJobs } from './jobs';

describe('pg-boss on embedded PGlite', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({});
    await database.migrate();
  });
  afterAll(async () => database.close());

  it('installs its schema through the adapter, then sends and works a job', async () => {
    const boss = createBoss(database);
    await boss.start();
    try {
      await boss.createQueue('smoke');
      const worked = new Promise<unknown>((resolve) => {
        void boss.work<{ n: number }>('smoke', { pollingIntervalSeconds: 0.5 }, async ([job]) => {
          resolve(job?.data);
          return { doubled: (job?.data.n ?? 0) * 2 };
        });
      });
      const id = await boss.send('smoke', { n: 21 });
      expect(id).toBeTruthy();
      expect(await worked).toEqual({ n: 21 });
      await expect
        .poll(async () => (await boss.getJobById('smoke', id!))?.state, { timeout: 10_000 })
        .toBe('completed');
      expect((await boss.getJobById('smoke', id!))?.output).toEqual({ doubled: 42 });
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });

  it('schedules the reminder scan in the organisation time zone and runs it', async () => {
    await createDueItemsTable(database.db);
    await insertDueItems(database.db, [{ id: 'X-1', dueDate: '2026-03-02', recipient: uuidv7() }]);
    const registry = new DueItemRegistry();
    registry.register(testDueItemKind({ onTheDay: true }));
    const jobs = await startJobs({
      database,
      clock: new FixedClock('2026-03-02T02:00:00Z'),
      registry,
      timeZone: async () => 'Asia/Shanghai',
    });
    try {
      const schedule = (await jobs.boss.getSchedules()).find((s) => s.name === REMINDER_SCAN_QUEUE);
      expect(schedule).toMatchObject({
        name: REMINDER_SCAN_QUEUE,
        cron: REMINDER_SCAN_CRON,
        options: { tz: 'Asia/Shanghai' },
      });
      const id = await jobs.boss.send(REMINDER_SCAN_QUEUE, {});
      await expect
        .poll(async () => (await jobs.boss.getJobById(REMINDER_SCAN_QUEUE, id!))?.state, { timeout: 10_000 })
        .toBe('completed');
      expect((await database.db.select().from(notifications)).map((n) => n.titleZh)).toEqual(['X-1 还有 0 天到期']);
    } finally {
      await jobs.stop();
    }
  });
});
