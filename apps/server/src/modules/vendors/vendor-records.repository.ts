import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import type { RecordRow, VendorRecordKind } from './vendor-records';
import { vendors, vendorSubcontractors } from './vendors.table';

// Queries shared by every kind of vendor sub-record (the kind names the table).

export async function listRecords(db: Executor, kind: VendorRecordKind, vendorId: string): Promise<RecordRow[]> {
  const t = kind.table;
  const rows = await db.select().from(t).where(eq(t.vendorId, vendorId)).orderBy(asc(t.createdAt), asc(t.id));
  return rows as unknown as RecordRow[];
}

export async function findRecord(db: Executor, kind: VendorRecordKind, id: string): Promise<RecordRow | undefined> {
  const [row] = await db.select().from(kind.table).where(eq(kind.table.id, id));
  return row as unknown as RecordRow | undefined;
}

export async function lockRecord(tx: Executor, kind: VendorRecordKind, vendorId: string, id: string) {
  const t = kind.table;
  const [row] = await tx
    .select()
    .from(t)
    .where(and(eq(t.id, id), eq(t.vendorId, vendorId)))
    .for('update');
  return row as unknown as RecordRow | undefined;
}

export async function insertRecord(tx: Executor, kind: VendorRecordKind, values: Record<string, unknown>) {
  const [row] = await tx
    .insert(kind.table)
    .values(values as never)
    .returning();
  if (!row) throw new Error(`${kind.recordType} insert returned nothing`);
  return row as unknown as RecordRow;
}

export async function updateRecordRow(tx: Executor, kind: VendorRecordKind, id: string, set: Record<string, unknown>) {
  const [row] = await tx
    .update(kind.table)
    .set(set as never)
    .where(eq(kind.table.id, id))
    .returning();
  if (!row) throw new Error(`${kind.recordType} update returned nothing`);
  return row as unknown as RecordRow;
}

/** Other records of the vendor where `column` equals `value` (flags to clear, unique fields to check). */
export async function siblingsWith(
  tx: Executor,
  kind: VendorRecordKind,
  vendorId: string,
  column: string,
  value: unknown,
  excludeId?: string,
): Promise<RecordRow[]> {
  const t = kind.table as unknown as Record<string, unknown> & typeof kind.table;
  const rows = await tx
    .select()
    .from(kind.table)
    .where(
      and(
        eq(t.vendorId, vendorId),
        eq(t[column] as typeof t.id, value as string),
        excludeId ? ne(t.id, excludeId) : undefined,
      ),
    )
    .for('update');
  return rows as unknown as RecordRow[];
}

/** Subcontractor links of a vendor, with the subcontractor's reference and name. */
export async function listSubcontractorViews(db: Executor, vendorId: string, linkId?: string) {
  return db
    .select({ link: vendorSubcontractors, reference: vendors.reference, name: vendors.name })
    .from(vendorSubcontractors)
    .innerJoin(vendors, eq(vendors.id, vendorSubcontractors.subcontractorId))
    .where(and(eq(vendorSubcontractors.vendorId, vendorId), linkId ? eq(vendorSubcontractors.id, linkId) : undefined))
    .orderBy(asc(vendorSubcontractors.createdAt), asc(vendorSubcontractors.id));
}

/** Held for the rest of a transaction that links subcontractors, so two links never close a cycle together. */
export async function lockSubcontractorGraph(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4711301)`);
}

/** Whether `from` reaches `to` following subcontractor links downwards (bounded depth). */
export async function reaches(db: Executor, from: string, to: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive down(id, depth) as (
      select ${from}::uuid, 0
      union
      select s.subcontractor_id, d.depth + 1 from vendor_subcontractors s join down d on s.vendor_id = d.id
      where d.depth < 50
    ) select id from down where id = ${to}::uuid limit 1`,
  );
  return rows.length > 0;
}

export interface ChainEdge {
  link_id: string;
  parent_id: string;
  vendor_id: string;
  reference: string;
  name: string;
  status: string;
  service: string;
  supports_critical_service: boolean;
}

/** Every link below a vendor, several levels deep (bounded). */
export async function subcontractorChain(db: Executor, vendorId: string, maxDepth = 10): Promise<ChainEdge[]> {
  return queryRows<ChainEdge>(
    db,
    sql`with recursive chain(link_id, parent_id, vendor_id, service, supports_critical_service, depth) as (
      select id, vendor_id, subcontractor_id, service, supports_critical_service, 1
        from vendor_subcontractors where vendor_id = ${vendorId}::uuid
      union
      select s.id, s.vendor_id, s.subcontractor_id, s.service, s.supports_critical_service, c.depth + 1
        from vendor_subcontractors s join chain c on s.vendor_id = c.vendor_id where c.depth < ${maxDepth}
    )
    select distinct c.link_id, c.parent_id, c.vendor_id, v.reference, v.name, v.status, c.service,
      c.supports_critical_service
    from chain c join vendors v on v.id = c.vendor_id`,
  );
}
