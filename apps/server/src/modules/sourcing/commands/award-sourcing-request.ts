import type { Executor } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit';
import { notFound, unprocessable } from '../../../platform/errors/problem';
import { findCandidate } from '../candidates.repository';
import { lockSourcingRequest, updateSourcingRequestRow, type SourcingRequestRow } from '../sourcing.repository';
import { requireStatus } from './load';

export interface AwardInput {
  sourcingRequestId: string;
  vendorId: string;
  evaluationId: string;
}

/**
 * An approved evaluation recommendation awards the request (R4.3), inside the caller's transaction: status
 * `awarded`, the chosen vendor and the evaluation linked, audited. The request must be `sourcing` (409 with
 * allowedNext otherwise) and the vendor one of its candidates (422).
 */
export async function awardSourcingRequest(
  tx: Executor,
  ctx: AuditContext,
  input: AwardInput,
): Promise<SourcingRequestRow> {
  const before = await lockSourcingRequest(tx, input.sourcingRequestId);
  if (!before) throw notFound('No such sourcing request.');
  requireStatus(before, ['sourcing'], 'awarded');
  if (!(await findCandidate(tx, before.id, input.vendorId))) {
    throw unprocessable('The vendor is not a candidate of this sourcing request.', 'not_a_candidate', {
      vendorId: input.vendorId,
    });
  }
  const after = await updateSourcingRequestRow(tx, before.id, {
    status: 'awarded',
    awardedVendorId: input.vendorId,
    evaluationId: input.evaluationId,
    awardedAt: ctx.at,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: 'sourcing-request.award',
    recordType: 'sourcing-request',
    recordId: before.id,
    before,
    after,
    details: { vendorId: input.vendorId, evaluationId: input.evaluationId },
  });
  return after;
}
