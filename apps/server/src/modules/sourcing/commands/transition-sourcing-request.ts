import type { TransitionSourcingRequest } from '@thirdline/shared/sourcing/sourcing.schemas';
import type { SourcingStatus } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { SOURCING_STATUSES, canTransitionSourcing } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest } from '../../../platform/errors/problem';
import { withdrawReturnedApproval } from '../../../platform/workflow';
import { updateSourcingRequestRow, type SourcingRequestRow } from '../sourcing.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { lockForChange, requireStatus, touched } from './load';

/**
 * The moves made by hand: an approved request starts sourcing; any open request may be cancelled with a reason (a
 * returned request's approval, waiting on the submitter, is withdrawn with it).
 */
export async function transitionSourcingRequest(
  c: SourcingCommandContext,
  id: string,
  input: TransitionSourcingRequest,
): Promise<SourcingRequestRow> {
  requireSourcingPermission(c.actor, 'sourcing:write');
  if (input.to === 'cancelled' && !input.reason) {
    throw badRequest('Some fields are not valid.', [{ path: 'reason', message: 'Required.' }], 'validation_failed');
  }
  return c.db.transaction(async (tx) => {
    const before = await lockForChange(tx, c, id, input.version);
    const from = SOURCING_STATUSES.filter((s: SourcingStatus) => canTransitionSourcing(s, input.to));
    requireStatus(before, from, input.to);
    if (input.to === 'cancelled') {
      await withdrawReturnedApproval(tx, c.audit, {
        recordType: 'sourcing-request',
        recordId: id,
        comment: input.reason ?? null,
      });
    }
    const after = await updateSourcingRequestRow(tx, id, {
      status: input.to,
      ...(input.to === 'cancelled' ? { cancelReason: input.reason } : {}),
      ...touched(c, before),
    });
    await recordAudit(tx, c.audit, {
      action: input.to === 'cancelled' ? 'sourcing-request.cancel' : 'sourcing-request.start-sourcing',
      recordType: 'sourcing-request',
      recordId: id,
      before,
      after,
      details: { from: before.status, to: input.to },
    });
    return after;
  });
}
