import type { VendorListName } from '@thirdline/shared/vendors/vendor-lists.schemas';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { queryRows } from '../../../db/client';
import { vendorListValues, vendorLists } from './vendor-lists.table';

export type VendorListRow = typeof vendorLists.$inferSelect;
export type VendorListValueRow = typeof vendorListValues.$inferSelect;

/** Every value of every list, in list order. */
export async function allListValues(db: Executor): Promise<VendorListValueRow[]> {
  return db.select().from(vendorListValues).orderBy(asc(vendorListValues.list), asc(vendorListValues.sortOrder));
}

export async function allLists(db: Executor): Promise<VendorListRow[]> {
  return db.select().from(vendorLists);
}

export async function listValues(db: Executor, list: VendorListName): Promise<VendorListValueRow[]> {
  return db
    .select()
    .from(vendorListValues)
    .where(eq(vendorListValues.list, list))
    .orderBy(asc(vendorListValues.sortOrder));
}

/** The list's row, locked for an edit. */
export async function lockList(tx: Executor, list: VendorListName): Promise<VendorListRow | undefined> {
  const [row] = await tx.select().from(vendorLists).where(eq(vendorLists.list, list)).for('update');
  return row;
}

export async function replaceListValues(
  tx: Executor,
  list: VendorListName,
  values: VendorListValueRow[],
  row: Omit<VendorListRow, 'list'>,
): Promise<void> {
  await tx.delete(vendorListValues).where(eq(vendorListValues.list, list));
  if (values.length > 0) await tx.insert(vendorListValues).values(values);
  await tx.update(vendorLists).set(row).where(eq(vendorLists.list, list));
}

/** Where a list's codes are stored: vendors for type and tier, qualifications for qualification types. */
const USAGE: Record<VendorListName, { table: string; column: string }> = {
  type: { table: 'vendors', column: 'type' },
  tier: { table: 'vendors', column: 'tier' },
  'qualification-type': { table: 'vendor_qualifications', column: 'type' },
};

/** How many records hold each code of the list (codes nobody holds are left out). */
export async function listUsage(db: Executor, list: VendorListName): Promise<Map<string, number>> {
  const { table, column } = USAGE[list];
  const rows = await queryRows<{ code: string; n: number }>(
    db,
    sql`select ${sql.identifier(column)} as code, count(*)::int as n from ${sql.identifier(table)} group by 1`,
  );
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

/** The codes among `codes` that are active values of the list. */
export async function activeCodes(db: Executor, list: VendorListName, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: vendorListValues.code })
    .from(vendorListValues)
    .where(
      and(eq(vendorListValues.list, list), eq(vendorListValues.active, true), inArray(vendorListValues.code, codes)),
    );
  return new Set(rows.map((r) => r.code));
}

/** The active values of a list as `code → { zh, en }`, in list order (for the import and its template). */
export async function activeLabels(
  db: Executor,
  list: VendorListName,
): Promise<Record<string, { zh: string; en: string }>> {
  const rows = await listValues(db, list);
  return Object.fromEntries(rows.filter((r) => r.active).map((r) => [r.code, { zh: r.labelZh, en: r.labelEn }]));
}
