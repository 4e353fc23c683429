import type { CloseVendorActionRequest } from '@thirdline/shared/vendor-performance/vendor-actions.schemas';
import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound, versionConflict } from '../../../platform/errors/problem';
import type { PerformanceContext } from '../context';
import { canReadVendorActions, requirePerformancePermission } from '../vendor-performance.policy';
import { lockVendorAction, updateVendorActionRow, type VendorActionRow } from './vendor-actions.repository';

/** The vendor has rectified: an approved rectification request is closed with a note (its reminders stop). */
export async function closeVendorAction(
  c: PerformanceContext,
  id: string,
  input: CloseVendorActionRequest,
): Promise<VendorActionRow> {
  requirePerformancePermission(c.actor, 'vendor-actions:write');
  return c.db.transaction(async (tx) => {
    const before = await lockVendorAction(tx, id);
    if (!before || !canReadVendorActions(c.actor)) throw notFound('No such vendor action.');
    if (before.version !== input.version) throw versionConflict();
    if (before.kind !== 'rectification' || before.status !== 'approved') {
      throw conflict('Only an approved rectification request can be closed.', 'illegal_transition', {
        from: before.status,
        to: 'closed',
        allowedNext: [],
      });
    }
    const after = await updateVendorActionRow(tx, id, {
      status: 'closed',
      closedAt: c.audit.at,
      closingNote: input.note,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'vendor-action.close',
      recordType: 'vendor-action',
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
