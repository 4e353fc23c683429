import type { VendorExportQuery } from '@thirdline/shared/vendors/vendors.schemas';
import { and, asc, eq, getTableColumns, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { containsPattern } from '../../db/like-pattern';
import { parseSort, selectPage, sortTerms } from '../../db/list-page';
import { recordRows } from '../../db/record-rows';
import { addDays } from './vendor-dates';
import { vendorDueDiligence, vendorQualifications, vendors, vendorSearchText } from './vendors.table';

export type VendorRow = typeof vendors.$inferSelect;
export type NewVendorRow = typeof vendors.$inferInsert;

const rows = recordRows(vendors, 'vendor');

export const findVendorById = rows.find;

export const lockVendor = rows.lock;

export async function findVendorByUscc(db: Executor, uscc: string, excludeId?: string) {
  const [row] = await db
    .select({ id: vendors.id, reference: vendors.reference, name: vendors.name })
    .from(vendors)
    .where(and(eq(vendors.uscc, uscc), excludeId ? ne(vendors.id, excludeId) : undefined))
    .limit(1);
  return row;
}

/** Names of these vendors, for other modules' presenters. */
export async function vendorNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: vendors.id, name: vendors.name }).from(vendors).where(inArray(vendors.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Name and lifecycle status of these vendors, for other modules that link to vendors (contracts). */
export async function vendorStates(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { name: string; status: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: vendors.id, name: vendors.name, status: vendors.status })
    .from(vendors)
    .where(inArray(vendors.id, unique));
  return new Map(rows.map((r) => [r.id, { name: r.name, status: r.status }]));
}

export const insertVendor = rows.insert;

export const updateVendorRow = rows.update;

/** Vendors whose normalised name equals, contains or is contained in `key` (likely duplicates), best first. */
export async function findSimilarVendors(db: Executor, key: string, limit = 10) {
  if (key.length === 0) return [];
  return db
    .select({
      id: vendors.id,
      reference: vendors.reference,
      name: vendors.name,
      uscc: vendors.uscc,
      status: vendors.status,
    })
    .from(vendors)
    .where(
      or(
        eq(vendors.nameKey, key),
        key.length >= 2
          ? sql`(strpos(${vendors.nameKey}, ${key}) > 0 or (length(${vendors.nameKey}) >= 2 and strpos(${key}, ${vendors.nameKey}) > 0))`
          : undefined,
      ),
    )
    .orderBy(
      sql`${vendors.nameKey} = ${key} desc`,
      sql`abs(length(${vendors.nameKey}) - ${key.length})`,
      asc(vendors.id),
    )
    .limit(limit);
}

function filtersOf(query: VendorExportQuery, today: string): SQL | undefined {
  const q = query.q ? containsPattern(query.q) : undefined;
  const expiringWithin = query.qualificationExpiringWithinDays;
  return and(
    q ? sql`${vendorSearchText(vendors)} ilike ${q}` : undefined,
    query.status ? eq(vendors.status, query.status) : undefined,
    query.type ? eq(vendors.type, query.type) : undefined,
    query.tier ? eq(vendors.tier, query.tier) : undefined,
    query.category ? sql`${query.category} = any(${vendors.outsourcingCategories})` : undefined,
    query.departmentId ? eq(vendors.departmentId, query.departmentId) : undefined,
    expiringWithin === undefined
      ? undefined
      : sql`exists (select 1 from ${vendorQualifications} q where q.vendor_id = ${vendors.id}
          and q.valid_to >= ${today} and q.valid_to <= ${addDays(today, expiringWithin)})`,
    query.dueDiligenceExpired === undefined
      ? undefined
      : query.dueDiligenceExpired
        ? sql`exists (select 1 from ${vendorDueDiligence} d where d.vendor_id = ${vendors.id})
            and not exists (select 1 from ${vendorDueDiligence} d where d.vendor_id = ${vendors.id} and d.valid_until >= ${today})`
        : sql`exists (select 1 from ${vendorDueDiligence} d where d.vendor_id = ${vendors.id} and d.valid_until >= ${today})`,
  );
}

const SORT_KEYS = {
  createdAt: vendors.createdAt,
  updatedAt: vendors.updatedAt,
  reference: vendors.reference,
  name: vendors.name,
} as const;

function sortKeyOf(sort: string | undefined) {
  const { field, descending } = parseSort(sort, 'name');
  const key = (Object.hasOwn(SORT_KEYS, field) ? field : 'name') as keyof typeof SORT_KEYS;
  return { key, column: SORT_KEYS[key], descending };
}

/** Ties break on the (time-ordered) id in the same direction, so the order is total and stable across pages. */
const orderOf = (sort: string | undefined) => sortTerms(sort, SORT_KEYS, { fallback: 'name', tieBreaker: vendors.id });

export async function listVendors(
  db: Executor,
  query: VendorExportQuery,
  today: string,
  limit: number,
  offset = 0,
): Promise<{ rows: VendorRow[]; total: number }> {
  const where = filtersOf(query, today);
  const rows = db
    .select()
    .from(vendors)
    .where(where)
    .orderBy(...orderOf(query.sort))
    .$dynamic();
  return selectPage(db, rows, { table: vendors, where }, { limit, offset });
}

/**
 * The vendors matching an export, in list order, a batch at a time (never all of them in memory). Each batch starts
 * after the last row of the one before (keyset on the sort column and id), so no batch rescans the earlier ones.
 */
export async function* vendorBatches(
  db: Executor,
  query: VendorExportQuery,
  today: string,
  limit: number,
  batchSize = 1000,
): AsyncGenerator<VendorRow[]> {
  const where = filtersOf(query, today);
  const { key, column, descending } = sortKeyOf(query.sort);
  const op = sql.raw(descending ? '<' : '>');
  // The sort value travels as text so a timestamp keeps its microseconds (a JS Date would round them away).
  const cast = key === 'createdAt' || key === 'updatedAt' ? sql.raw('::timestamptz') : sql.raw('::text');
  let last: { sortValue: string; id: string } | undefined;
  for (let done = 0; done < limit;) {
    const after = last
      ? sql`(${column} ${op} ${last.sortValue}${cast} or (${column} = ${last.sortValue}${cast} and ${vendors.id} ${op} ${last.id}))`
      : undefined;
    const rows = await db
      .select({ ...getTableColumns(vendors), sortValue: sql<string>`${column}::text` })
      .from(vendors)
      .where(and(where, after))
      .orderBy(...orderOf(query.sort))
      .limit(Math.min(batchSize, limit - done));
    if (rows.length > 0) yield rows.map(({ sortValue: _, ...row }) => row);
    if (rows.length < batchSize) return;
    done += rows.length;
    last = rows.at(-1);
  }
}

export async function vendorCounts(db: Executor) {
  return queryRows<{ status: string; tier: string; n: number }>(
    db,
    sql`select status, tier, count(*)::int as n from ${vendors} group by status, tier`,
  );
}

export async function qualificationCounts(db: Executor, today: string, expiringDays: number) {
  const [row] = await queryRows<{ expiring: number; expired: number; dd_expired: number }>(
    db,
    sql`select
      (select count(*)::int from ${vendorQualifications} where valid_to >= ${today} and valid_to <= ${addDays(today, expiringDays)}) as expiring,
      (select count(*)::int from ${vendorQualifications} where valid_to < ${today}) as expired,
      (select count(*)::int from (select vendor_id from ${vendorDueDiligence} group by vendor_id
         having max(valid_until) < ${today}) x) as dd_expired`,
  );
  return { expiring: row?.expiring ?? 0, expired: row?.expired ?? 0, dueDiligenceExpired: row?.dd_expired ?? 0 };
}
