// The contract ledger benchmark's data: 50,000 contracts (2,000 vendors, 20 departments), 10 payments each, and the
// kept per-contract paid totals, in a few INSERT … SELECT statements; then the kept totals per status and currency.
import { sql } from 'drizzle-orm';
import type { Database } from '../apps/server/src/db/client';
import { reconcileLedgerTotals } from '../apps/server/src/modules/contracts/ledger/ledger-totals.repository';
import { seedVendors } from './bench-database';

export const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 50_000);
export const PAYMENTS_PER_CONTRACT = 10;

/**
 * Contracts spread over vendors, departments, types, categories, currencies, statuses, amounts and end dates. The
 * department (g / 7) and currency (g % 13) do not follow the status (g % 10), so every filter of the rotation matches
 * some contracts.
 */
export async function seedLedger(database: Database, approverId: string) {
  const db = database.db;
  await seedVendors(database, 2_000);
  await db.execute(sql`
    insert into departments (id, name, created_at, updated_at)
    select gen_random_uuid(), '部门' || g, now(), now() from generate_series(1, 20) g`);
  await db.execute(sql`
    insert into contracts (id, reference, title, vendor_id, type, outsourcing_category, material, critical_function,
                           department_id, amount, currency, start_date, end_date, status, created_at, updated_at)
    select gen_random_uuid(), 'CT-2025-' || lpad(g::text, 6, '0'),
           (array['机房运维','云资源订阅','核心系统开发','安全服务','咨询规划','桌面运维','网络专线','软件许可'])[1 + g % 8]
             || '合同' || g,
           v.ids[1 + g % v.n],
           (array['procurement','outsourcing','maintenance','licence','cloud','framework','nda','security','supplementary'])[1 + g % 9],
           (array['consulting_planning','development_testing','operations','security','business_support'])[1 + g % 5],
           g % 7 = 0, g % 11 = 0, d.ids[1 + (g / 7) % 20],
           (10000 + (g::bigint * 7919) % 5000000)::numeric(18, 2),
           case when g % 13 = 0 then 'USD' else 'CNY' end,
           date '2023-01-01' + (g % 900), current_date - 400 + (g % 1500),
           (array['draft','in-review','in-approval','approved','active','active','active','expired','terminated','archived'])[1 + g % 10],
           now() - (g || ' seconds')::interval, now()
    from generate_series(1, ${CONTRACTS}::int) g,
         (select array_agg(id order by id) as ids, count(*)::int as n from vendors) v,
         (select array_agg(id order by id) as ids from departments) d`);
  await db.execute(sql`
    insert into contract_payments (id, created_at, updated_at, contract_id, invoice_number, amount, paid_on, approver_id)
    select gen_random_uuid(), now(), now(), c.id, c.reference || '-' || k, round(c.amount / 20, 2),
           c.start_date + k * 30, ${approverId}::uuid
    from contracts c, generate_series(1, ${PAYMENTS_PER_CONTRACT}::int) k`);
  await db.execute(sql`
    insert into contract_payment_totals (contract_id, paid, payments)
    select contract_id, sum(amount), count(*) from contract_payments group by contract_id`);
  // The rows were inserted around the repository: build the kept ledger totals the way start-up would.
  await reconcileLedgerTotals(db);
  await db.execute(sql`vacuum analyze`);
}
