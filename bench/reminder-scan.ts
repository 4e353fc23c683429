// `npm run bench:reminders`: the reminder scan over 50,000 due items (target ≤ 2 s, issue 5), on PGlite and — when
// BENCH_DATABASE_URL is set — PostgreSQL. First scan sends every reminder; the second finds them all sent.
// A benchmark, not a test: it never fails on a number.
import { uuidv7 } from 'uuidv7';
import { addDays } from '../apps/server/src/platform/calendar/iso-date';
import { DueItemRegistry } from '../apps/server/src/platform/jobs/due-items';
import {
  createDueItemsTable,
  insertDueItems,
  testDueItemKind,
} from '../apps/server/src/platform/jobs/jobs-test-support';
import { benchReminderScan } from './scan-bench';

const ITEMS = Number(process.env.BENCH_REMINDER_ITEMS ?? 50_000);

await benchReminderScan(
  `Reminder scan over ${ITEMS.toLocaleString('en')} due items (target: ≤ 2,000 ms)`,
  new Date('2026-10-08T01:00:00Z'),
  async (database) => {
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
    return registry;
  },
);
