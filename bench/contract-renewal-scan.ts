// `npm run bench:contract-reminders`: the reminder scan over 50,000 contracts with the contract exit kinds (end date
// and notice deadline, 90/60/30/7 days before; target ≤ 2 s, issue 6), on PGlite and — when BENCH_DATABASE_URL is
// set — PostgreSQL. Contracts belong to 200 departments; their ends spread over 400 days, most of them running.
// A benchmark, not a test: it never fails on a number.
import { sql } from 'drizzle-orm';
import { exitDueItemKinds } from '../apps/server/src/modules/contracts/exit/exit-reminders';
import { DueItemRegistry } from '../apps/server/src/platform/jobs/due-items';
import { benchReminderScan } from './scan-bench';

const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 50_000);

await benchReminderScan(
  `Contract renewal reminder scan over ${CONTRACTS.toLocaleString('en')} contracts (target: ≤ 2,000 ms)`,
  new Date('2026-10-08T01:00:00Z'),
  async (database) => {
    await database.db.execute(sql`
      insert into contracts (id, reference, title, vendor_id, type, department_id, project_manager_id, amount,
                             start_date, end_date, auto_renewal, notice_period_days, status, created_at, updated_at)
      select gen_random_uuid(), 'CT-2025-' || lpad(g::text, 7, '0'), '基准合同 ' || g, gen_random_uuid(),
             'outsourcing', ('01900000-0000-7000-8000-' || lpad((g % 200)::text, 12, '0'))::uuid, gen_random_uuid(),
             100000, date '2025-01-01', date '2026-10-08' + (g % 400), g % 5 = 0, (array[0, 30, 60, 90])[1 + g % 4],
             (array['active', 'active', 'active', 'approved', 'expired'])[1 + g % 5], now(), now()
      from generate_series(1, ${CONTRACTS}) g`);
    const registry = new DueItemRegistry();
    for (const kind of exitDueItemKinds) registry.register(kind);
    return registry;
  },
);
