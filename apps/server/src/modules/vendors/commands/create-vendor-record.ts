import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest, conflict, notFound } from '../../../platform/errors/problem';
import { inactiveListValues } from '../lists/list-checks';
import type { RecordRow, VendorRecordKind } from '../vendor-records';
import { insertRecord, siblingsWith, updateRecordRow } from '../vendor-records.repository';
import { lockVendor, type VendorRow } from '../vendors.repository';
import { canSeeFinancials, requirePermission, type VendorActor } from '../vendors.policy';
import type { VendorCommandContext } from './context';

/** The vendor, locked, if the actor may see this kind of record on it; otherwise 404 (financials stay hidden). */
export async function lockVisibleVendor(
  tx: Executor,
  actor: VendorActor,
  kind: VendorRecordKind,
  vendorId: string,
): Promise<VendorRow> {
  const vendor = await lockVendor(tx, vendorId);
  if (!vendor || (kind.financial && !canSeeFinancials(actor, vendor))) throw notFound('No such vendor record.');
  return vendor;
}

/** New or changed list codes (e.g. a qualification's type) must be active values of their lists (400). */
export async function checkListFields(tx: Executor, kind: VendorRecordKind, values: Record<string, unknown>) {
  const fields = Object.entries(kind.listFields ?? {}).map(([path, list]) => ({
    path,
    list,
    code: values[path] as string | undefined,
  }));
  const errors = await inactiveListValues(tx, fields);
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
}

/** A unique field taken, or a flag that only one record of the vendor may hold, moved here (audited). */
export async function applySiblingRules(
  tx: Executor,
  c: VendorCommandContext,
  kind: VendorRecordKind,
  vendorId: string,
  values: Record<string, unknown>,
  excludeId?: string,
): Promise<void> {
  if (kind.uniqueField && values[kind.uniqueField] !== undefined) {
    const taken = await siblingsWith(tx, kind, vendorId, kind.uniqueField, values[kind.uniqueField], excludeId);
    if (taken.length > 0) {
      throw conflict(
        `The vendor already has a record for ${kind.uniqueField} ${String(values[kind.uniqueField])}.`,
        'duplicate',
        {
          existingId: taken[0]?.id,
        },
      );
    }
  }
  if (kind.exclusiveFlag && values[kind.exclusiveFlag] === true) {
    for (const other of await siblingsWith(tx, kind, vendorId, kind.exclusiveFlag, true, excludeId)) {
      const after = await updateRecordRow(tx, kind, other.id, {
        [kind.exclusiveFlag]: false,
        updatedAt: c.audit.at,
        updatedBy: c.actor.userId,
        version: other.version + 1,
      });
      await recordAudit(tx, c.audit, {
        action: `${kind.recordType}.update`,
        recordType: kind.recordType,
        recordId: other.id,
        before: other,
        after,
      });
    }
  }
}

/** Adds a contact, reference, qualification, financial snapshot, due-diligence record or violation to a vendor. */
export async function createVendorRecord(
  c: VendorCommandContext,
  kind: VendorRecordKind,
  vendorId: string,
  input: Record<string, unknown>,
): Promise<RecordRow> {
  requirePermission(c.actor, 'vendors:write');
  return c.db.transaction(async (tx) => {
    await lockVisibleVendor(tx, c.actor, kind, vendorId);
    const values = { ...input, ...(kind.defaults?.(input) ?? {}) };
    await checkListFields(tx, kind, values);
    await applySiblingRules(tx, c, kind, vendorId, values);
    return insertAuditedRecord(tx, c, kind, vendorId, values);
  });
}

/** Inserts a new record of `kind` on the vendor, stamped with who and when, and audits its creation. */
export async function insertAuditedRecord(
  tx: Executor,
  c: VendorCommandContext,
  kind: VendorRecordKind,
  vendorId: string,
  values: Record<string, unknown>,
): Promise<RecordRow> {
  const row = await insertRecord(tx, kind, {
    ...values,
    id: uuidv7(),
    vendorId,
    createdAt: c.audit.at,
    createdBy: c.actor.userId,
    updatedAt: c.audit.at,
    updatedBy: c.actor.userId,
  });
  await recordAudit(tx, c.audit, {
    action: `${kind.recordType}.create`,
    recordType: kind.recordType,
    recordId: row.id,
    after: row,
  });
  return row;
}
