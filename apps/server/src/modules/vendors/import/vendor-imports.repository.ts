import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { vendors } from '../vendors.table';
import { vendorImports, type StoredRowError } from './vendor-imports.table';

export type VendorImportRow = typeof vendorImports.$inferSelect;
export type NewVendorImportRow = typeof vendorImports.$inferInsert;

/** Keys one `= any(…)` lookup sends at a time. */
const LOOKUP_BATCH = 1000;

export async function insertImport(db: Executor, values: NewVendorImportRow): Promise<void> {
  await db.insert(vendorImports).values(values);
}

export async function findImport(db: Executor, id: string): Promise<VendorImportRow | undefined> {
  const [row] = await db.select().from(vendorImports).where(eq(vendorImports.id, id));
  return row;
}

export async function updateImport(db: Executor, id: string, set: Partial<NewVendorImportRow>): Promise<void> {
  await db
    .update(vendorImports)
    .set({ ...set, version: sql`${vendorImports.version} + 1` })
    .where(eq(vendorImports.id, id));
}

/** Moves a ready import without row errors to `committing`; false when another request got there first. */
export async function claimForCommit(db: Executor, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(vendorImports)
    .set({ status: 'committing', updatedAt: at, version: sql`${vendorImports.version} + 1` })
    .where(
      and(
        eq(vendorImports.id, id),
        eq(vendorImports.status, 'ready'),
        sql`jsonb_array_length(${vendorImports.rowErrors}) = 0`,
      ),
    )
    .returning({ id: vendorImports.id });
  return rows.length === 1;
}

export interface ExistingVendor {
  key: string;
  reference: string;
  name: string;
}

/** Vendors already registered under one of these USCCs or normalised names. */
export async function existingVendors(
  db: Executor,
  by: 'uscc' | 'nameKey',
  keys: readonly string[],
): Promise<ExistingVendor[]> {
  const column = by === 'uscc' ? vendors.uscc : vendors.nameKey;
  const found: ExistingVendor[] = [];
  for (let i = 0; i < keys.length; i += LOOKUP_BATCH) {
    const slice = keys.slice(i, i + LOOKUP_BATCH);
    if (slice.length === 0) continue;
    found.push(
      ...(await db
        .select({ key: column, reference: vendors.reference, name: vendors.name })
        .from(vendors)
        .where(inArray(column, slice))),
    );
  }
  return found;
}

export type { StoredRowError };
