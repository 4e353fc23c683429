import { badRequest, notFound, versionConflict } from '../../../platform/errors/problem';
import { recordAudit } from '../../../platform/audit/audit';
import type { RecordRow, VendorRecordKind } from '../vendor-records';
import { lockRecord, updateRecordRow } from '../vendor-records.repository';
import { requirePermission } from '../vendors.policy';
import type { VendorCommandContext } from './context';
import { applySiblingRules, checkListFields, lockVisibleVendor } from './create-vendor-record';

/** Pairs of date fields whose order the merged record must keep (the schema checks only what was sent). */
const ORDERED_DATES: [string, string][] = [
  ['periodFrom', 'periodTo'],
  ['validFrom', 'validTo'],
  ['performedOn', 'validUntil'],
];

/** Changes one record around a vendor; a stale `version` changes nothing (409). */
export async function updateVendorRecord(
  c: VendorCommandContext,
  kind: VendorRecordKind,
  vendorId: string,
  id: string,
  input: Record<string, unknown> & { version: number },
): Promise<RecordRow> {
  requirePermission(c.actor, 'vendors:write');
  const { version, ...fields } = input;
  return c.db.transaction(async (tx) => {
    await lockVisibleVendor(tx, c.actor, kind, vendorId);
    const before = await lockRecord(tx, kind, vendorId, id);
    if (!before) throw notFound('No such vendor record.');
    if (before.version !== version) throw versionConflict();
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key])) changes[key] = value;
    }
    if (Object.keys(changes).length === 0) return before;
    const merged = { ...before, ...changes };
    for (const [from, to] of ORDERED_DATES) {
      const a = merged[from];
      const b = merged[to];
      if (typeof a === 'string' && typeof b === 'string' && a > b) {
        throw badRequest(
          'Some fields are not valid.',
          [{ path: to, message: `Must not be before ${from}.` }],
          'validation_failed',
        );
      }
    }
    await checkListFields(tx, kind, changes);
    await applySiblingRules(tx, c, kind, vendorId, changes, id);
    const after = await updateRecordRow(tx, kind, id, {
      ...changes,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: `${kind.recordType}.update`,
      recordType: kind.recordType,
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
