import { badRequest, conflict, notFound } from '../../../platform/errors/problem';
import { RECORD_KINDS, type RecordRow } from '../vendor-records';
import { lockSubcontractorGraph, reaches, siblingsWith } from '../vendor-records.repository';
import { findVendorById, lockVendor } from '../vendors.repository';
import { requirePermission } from '../vendors.policy';
import type { VendorCommandContext } from './context';
import { insertAuditedRecord } from './create-vendor-record';

const kind = RECORD_KINDS.subcontractors;

/** Records that `subcontractorId` works for the vendor; a link that would close a cycle is refused (400). */
export async function linkSubcontractor(
  c: VendorCommandContext,
  vendorId: string,
  input: { subcontractorId: string; service: string; supportsCriticalService?: boolean },
): Promise<RecordRow> {
  requirePermission(c.actor, 'vendors:write');
  return c.db.transaction(async (tx) => {
    await lockSubcontractorGraph(tx);
    if (!(await lockVendor(tx, vendorId))) throw notFound('No such vendor.');
    const invalid = (message: string) =>
      badRequest(message, [{ path: 'subcontractorId', message }], 'invalid_subcontractor');
    if (input.subcontractorId === vendorId) throw invalid('A vendor cannot be its own subcontractor.');
    if (!(await findVendorById(tx, input.subcontractorId))) throw invalid('No such vendor.');
    if (await reaches(tx, input.subcontractorId, vendorId)) {
      throw badRequest(
        'This link would make a cycle: the vendor already works for this subcontractor, directly or further down.',
        [{ path: 'subcontractorId', message: 'Would make a subcontracting cycle.' }],
        'subcontractor_cycle',
      );
    }
    const existing = await siblingsWith(tx, kind, vendorId, 'subcontractorId', input.subcontractorId);
    if (existing.length > 0) {
      throw conflict('This subcontractor is already linked.', 'duplicate', { existingId: existing[0]?.id });
    }
    return insertAuditedRecord(tx, c, kind, vendorId, {
      subcontractorId: input.subcontractorId,
      service: input.service,
      supportsCriticalService: input.supportsCriticalService ?? false,
    });
  });
}
