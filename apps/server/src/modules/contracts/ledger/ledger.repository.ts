import type { ContractLedgerFilter, PaymentsByMonthQuery } from '@thirdline/shared/contracts/ledger.schemas';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../db/client';
import { containsPattern } from '../../../db/like-pattern';
import { addDays } from '../../../platform/calendar/iso-date';
import { contracts, contractVendors } from '../contracts.table';
import { keptLedgerTotals } from './ledger-totals.repository';
import { contractPayments, contractPaymentTotals } from './ledger.table';

/**
 * The ledger (台账) queries. One statement each: the contracts of the filter joined with their kept paid total
 * (`contract_payment_totals`, one row per contract, so no payment is summed at read time). Vendor and department
 * names are read by sub-select on those modules' tables (read only) so a page is one round trip and the `q` search
 * can match vendor names.
 */

export interface LedgerRow {
  id: string;
  reference: string;
  title: string;
  vendor_id: string;
  vendor_name: string | null;
  type: string;
  outsourcing_category: string | null;
  material: boolean;
  critical_function: boolean;
  department_id: string;
  department_name: string | null;
  project_manager_id: string | null;
  amount: string;
  currency: string;
  start_date: string;
  end_date: string;
  status: string;
  paid: string;
  unpaid: string;
}

export interface CurrencyTotalRow {
  currency: string;
  count: number;
  amount: string;
  paid: string;
  unpaid: string;
}

/** The WHERE conditions of a filter over `contracts c` (and `t`, its paid total). */
function conditionsOf(f: Omit<ContractLedgerFilter, 'sort'>, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (f.status) conditions.push(sql`c.status = ${f.status}`);
  if (f.vendorId) {
    // `= any(array(…))` (not `in (…)`) so that both arms use an index (a bitmap OR) instead of a scan of every row.
    conditions.push(sql`(c.vendor_id = ${f.vendorId} or c.id = any(array(
      select cv.contract_id from ${contractVendors} cv where cv.vendor_id = ${f.vendorId})))`);
  }
  if (f.departmentId) conditions.push(sql`c.department_id = ${f.departmentId}`);
  if (f.type) conditions.push(sql`c.type = ${f.type}`);
  if (f.outsourcingCategory) conditions.push(sql`c.outsourcing_category = ${f.outsourcingCategory}`);
  if (f.currency) conditions.push(sql`c.currency = ${f.currency}`);
  if (f.material !== undefined) conditions.push(sql`c.material = ${f.material}`);
  if (f.amountMin !== undefined) conditions.push(sql`c.amount >= ${f.amountMin}::numeric`);
  if (f.amountMax !== undefined) conditions.push(sql`c.amount <= ${f.amountMax}::numeric`);
  if (f.expiringWithinDays !== undefined) {
    conditions.push(sql`c.status in ('approved', 'active')
      and c.end_date between ${today}::date and ${addDays(today, f.expiringWithinDays)}::date`);
  }
  if (f.q) {
    const q = containsPattern(f.q);
    // Text without upper/lower case (Chinese, digits) matches the same with LIKE, which is several times cheaper.
    const like = sql.raw(f.q.toLowerCase() === f.q.toUpperCase() ? 'like' : 'ilike');
    conditions.push(sql`(c.reference ${like} ${q} or c.title ${like} ${q}
      or c.vendor_id in (select v.id from vendors v where v.name ${like} ${q}))`);
  }
  return conditions;
}

const whereOf = (conditions: SQL[]) => (conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``);

const SORT_COLUMNS: Record<string, SQL> = {
  reference: sql`c.reference`,
  title: sql`c.title`,
  amount: sql`c.amount`,
  paid: sql`coalesce(t.paid, 0)`,
  startDate: sql`c.start_date`,
  endDate: sql`c.end_date`,
  status: sql`c.status`,
  createdAt: sql`c.created_at`,
};

function orderOf(sort: string | undefined): SQL {
  const value = sort ?? '-createdAt';
  const column = SORT_COLUMNS[value.replace(/^-/, '')] ?? sql`c.created_at`;
  const direction = sql.raw(value.startsWith('-') ? 'desc' : 'asc');
  return sql`order by ${column} ${direction}, c.id ${direction}`;
}

const FROM = sql`from ${contracts} c left join ${contractPaymentTotals} t on t.contract_id = c.id`;

/**
 * A page of the filter. Unless it is sorted by what was paid, the page is cut from `contracts` alone and only its
 * rows are joined with their paid totals and names (the join of every matching contract would cost more than the
 * sort itself).
 */
export async function listLedger(
  db: Executor,
  filter: ContractLedgerFilter,
  today: string,
  limit: number,
  offset: number,
): Promise<LedgerRow[]> {
  return queryRows<LedgerRow>(db, ledgerPageQuery(filter, today, limit, offset));
}

/** The statement of `listLedger` (the benchmark explains it). */
export function ledgerPageQuery(filter: ContractLedgerFilter, today: string, limit: number, offset: number): SQL {
  const where = whereOf(conditionsOf(filter, today));
  const order = orderOf(filter.sort);
  const page =
    filter.sort?.replace(/^-/, '') === 'paid'
      ? sql`${FROM} ${where} ${order} limit ${limit} offset ${offset}`
      : sql`from (select * from ${contracts} c ${where} ${order} limit ${limit} offset ${offset}) c
        left join ${contractPaymentTotals} t on t.contract_id = c.id ${order}`;
  return sql`select c.id, c.reference, c.title, c.vendor_id,
        (select v.name from vendors v where v.id = c.vendor_id) as vendor_name,
        c.type, c.outsourcing_category, c.material, c.critical_function, c.department_id,
        (select d.name from departments d where d.id = c.department_id) as department_name,
        c.project_manager_id, c.amount::text as amount, c.currency,
        c.start_date::text as start_date, c.end_date::text as end_date, c.status,
        coalesce(t.paid, 0)::text as paid, (c.amount - coalesce(t.paid, 0))::text as unpaid
      ${page}`;
}

/** Amount, paid and unpaid per currency over the whole filter; the counts add up to the list's total. */
export async function ledgerTotals(
  db: Executor,
  filter: Omit<ContractLedgerFilter, 'sort'>,
  today: string,
): Promise<CurrencyTotalRow[]> {
  if (answeredByKeptTotals(filter)) {
    const rows = await keptLedgerTotals(db, filter.status);
    return filter.currency === undefined ? rows : rows.filter((r) => r.currency === filter.currency);
  }
  return queryRows<CurrencyTotalRow>(db, ledgerTotalsQuery(filter, today));
}

/** Filters the kept totals per status and currency answer (no aggregate over the contracts). */
const KEPT_KEYS = new Set(['status', 'currency', 'sort']);
export const answeredByKeptTotals = (filter: object) =>
  Object.entries(filter).every(([key, value]) => value === undefined || KEPT_KEYS.has(key));

/** The statement of `ledgerTotals`. */
export function ledgerTotalsQuery(filter: Omit<ContractLedgerFilter, 'sort'>, today: string): SQL {
  return sql`select c.currency, count(*)::int as count, sum(c.amount)::text as amount,
        coalesce(sum(t.paid), 0)::numeric(18, 2)::text as paid,
        (sum(c.amount) - coalesce(sum(t.paid), 0))::text as unpaid
      ${FROM} ${whereOf(conditionsOf(filter, today))} group by c.currency order by c.currency`;
}

/** The rows of an export in list order, a batch at a time (never all of them in memory). */
export async function* ledgerBatches(
  db: Executor,
  filter: ContractLedgerFilter,
  today: string,
  limit: number,
  batchSize = 1000,
): AsyncGenerator<LedgerRow[]> {
  for (let done = 0; done < limit;) {
    const rows = await listLedger(db, filter, today, Math.min(batchSize, limit - done), done);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    done += rows.length;
  }
}

/** Payments per month (`YYYY-MM`) and currency for the contracts of the filter, from `from` to `to` (months). */
export async function paymentsByMonth(
  db: Executor,
  query: PaymentsByMonthQuery & { from: string; to: string },
  today: string,
) {
  const conditions = conditionsOf(query, today);
  conditions.push(sql`p.paid_on >= ${`${query.from}-01`}::date`);
  conditions.push(sql`p.paid_on < (${`${query.to}-01`}::date + interval '1 month')`);
  return queryRows<{ month: string; currency: string; amount: string; count: number }>(
    db,
    sql`select to_char(p.paid_on, 'YYYY-MM') as month, c.currency, sum(p.amount)::text as amount, count(*)::int as count
      from ${contractPayments} p join ${contracts} c on c.id = p.contract_id
      ${whereOf(conditions)} group by 1, 2 order by 1, 2`,
  );
}
