import type { Executor } from '../../db/client';
import { recordAudit, type AuditContext } from '../../platform/audit/audit';
import type { OutcomeEvent } from '../../platform/workflow';
import { evaluationEvents } from './evaluation-events';
import { lockEvaluation, updateEvaluationRow } from './evaluations.repository';

/**
 * Management's decision on the recommendation, in the deciding transaction: approved → `approved` and the
 * recommendation-approved event (the sourcing request is awarded); rejected or withdrawn → back to `closed`, where
 * a new recommendation may be made.
 */
export async function applyRecommendationOutcome(tx: Executor, ctx: AuditContext, event: OutcomeEvent): Promise<void> {
  const before = await lockEvaluation(tx, event.recordId);
  if (!before || before.approvalId !== event.approvalId || before.status !== 'in-approval') return;
  const approved = event.outcome === 'approved';
  const after = await updateEvaluationRow(tx, before.id, {
    status: approved ? 'approved' : 'closed',
    approvedAt: approved ? ctx.at : null,
    approvalId: approved ? before.approvalId : null,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: approved ? 'evaluation.recommendation-approved' : 'evaluation.recommendation-returned',
    recordType: 'evaluation',
    recordId: before.id,
    before,
    after,
  });
  if (approved && before.recommendedVendorId) {
    await evaluationEvents.emitRecommendationApproved(tx, ctx, {
      evaluationId: before.id,
      sourcingRequestId: before.sourcingRequestId,
      vendorId: before.recommendedVendorId,
    });
  }
}
