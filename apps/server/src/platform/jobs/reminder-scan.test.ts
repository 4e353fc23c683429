import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, count, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { notifications } from '../notifications/notifications.table';
import { currentOffset, DueItemRegistry, offsetSeries } from './due-items';
import { remindersSent } from './jobs.table';
import { createDueItemsTable, insertDueItems, testDueItemKind } from './jobs-test-support';
import { runReminderScan } from './reminder-scan';

const zone = 'Asia/Shanghai';
/** 08:00 in Shanghai on `date`. */
const morningOf = (date: string) => new Date(`${date}T00:00:00Z`);

describe('reminder offsets', () => {
  const series = offsetSeries({ daysBefore: [90, 60, 30, 7], onTheDay: true, overdueEveryDays: 7, overdueForDays: 21 });
  it('builds the series and picks the latest offset reached', () => {
    expect(series).toEqual([-90, -60, -30, -7, 0, 7, 14, 21]);
    expect(currentOffset(series, -91)).toBeUndefined();
    expect(currentOffset(series, -90)).toBe(-90);
    expect(currentOffset(series, -31)).toBe(-60);
    expect(currentOffset(series, -1)).toBe(-7);
    expect(currentOffset(series, 0)).toBe(0);
    expect(currentOffset(series, 6)).toBe(0);
    expect(currentOffset(series, 13)).toBe(7);
    expect(currentOffset(series, 400)).toBe(21);
  });

  it('refuses nonsense offsets at registration', () => {
    const registry = new DueItemRegistry();
    expect(() => registry.register(testDueItemKind({ daysBefore: [0] }))).toThrow(/positive/);
    expect(() => registry.register(testDueItemKind({ overdueEveryDays: 1.5 }))).toThrow(/positive/);
    registry.register(testDueItemKind({ onTheDay: true }));
    expect(() => registry.register(testDueItemKind({ onTheDay: true }))).toThrow(/twice/);
  });
});

describe('reminder scan', () => {
  let database: TestDatabase;
  const registry = new DueItemRegistry();
  registry.register(testDueItemKind({ daysBefore: [30, 7], onTheDay: true, overdueEveryDays: 3, overdueForDays: 9 }));
  const alice = uuidv7();
  const scan = (date: string | Date) =>
    runReminderScan({ db: database.db, registry, timeZone: zone }, typeof date === 'string' ? morningOf(date) : date);
  const titles = async () =>
    (await database.db.select().from(notifications).orderBy(asc(notifications.id))).map((n) => n.titleEn);

  beforeAll(async () => {
    database = await createTestDatabase();
    await createDueItemsTable(database.db);
  });
  afterAll(async () => database.dispose());
  beforeEach(async () => {
    await database.db.execute(sql`truncate test_due_items, reminders_sent, notifications`);
  });

  it('sends before, on and every N days after the due date, once each', async () => {
    await insertDueItems(database.db, [{ id: 'C-1', dueDate: '2026-10-08', recipient: alice }]);
    const days: [string, number][] = [
      ['2026-09-07', 0], // 31 days before: nothing yet
      ['2026-09-08', 1], // 30 days before
      ['2026-09-09', 0], // already sent
      ['2026-10-01', 1], // 7 days before
      ['2026-10-08', 1], // on the day
      ['2026-10-10', 0], // 2 days overdue: nothing new
      ['2026-10-11', 1], // 3 days overdue
      ['2026-10-14', 1], // 6
      ['2026-10-17', 1], // 9: the last one
      ['2026-10-20', 0], // 12: beyond overdueForDays
    ];
    for (const [day, sent] of days) {
      expect((await scan(day)).sent, day).toBe(sent);
      expect((await scan(day)).sent, `${day} again`).toBe(0);
    }
    expect(await titles()).toEqual([
      'C-1 is due in 30 days',
      'C-1 is due in 7 days',
      'C-1 is due in 0 days',
      'C-1 is 3 days overdue',
      'C-1 is 6 days overdue',
      'C-1 is 9 days overdue',
    ]);
    const [n] = await database.db.select().from(notifications);
    expect(n).toMatchObject({ recipientId: alice, kind: 'test-due', link: '/items/C-1', readAt: null });
  });

  it('catches up a missed day with only the latest reminder, and starts afresh when the due date moves', async () => {
    await insertDueItems(database.db, [{ id: 'C-2', dueDate: '2026-10-08', recipient: alice }]);
    expect((await scan('2026-10-03')).sent).toBe(1); // 30- and 7-day reminders both missed: only "5 days" goes out
    await database.db.execute(sql`update test_due_items set due_date = '2026-11-08' where id = 'C-2'`);
    expect((await scan('2026-10-09')).sent).toBe(1); // the extended date's 30-day reminder
    expect(await titles()).toEqual(['C-2 is due in 5 days', 'C-2 is due in 30 days']);
    const [row] = await database.db.select({ n: count() }).from(remindersSent);
    expect(row!.n).toBe(2);
  });

  it('takes "today" in the organisation time zone', async () => {
    await insertDueItems(database.db, [{ id: 'C-3', dueDate: '2026-10-08', recipient: alice }]);
    // 7 Oct 23:30 Shanghai = 15:30 UTC: still the day before, no "on the day" reminder, only the 7-day one.
    expect((await scan(new Date('2026-10-07T15:30:00Z'))).today).toBe('2026-10-07');
    // 8 Oct 00:30 Shanghai = 7 Oct 16:30 UTC: the due date has come in Shanghai.
    const r = await scan(new Date('2026-10-07T16:30:00Z'));
    expect(r).toMatchObject({ today: '2026-10-08', sent: 1 });
    expect(await titles()).toEqual(['C-3 is due in 1 days', 'C-3 is due in 0 days']);
  });
});
