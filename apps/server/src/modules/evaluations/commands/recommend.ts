import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound, unprocessable, versionConflict } from '../../../platform/errors/problem';
import { startApproval } from '../../../platform/workflow';
import {
  evaluationVendorsOf,
  lockEvaluation,
  updateEvaluationRow,
  type EvaluationRow,
} from '../evaluations.repository';
import { requireManage } from '../evaluations.policy';
import type { EvaluationCommandContext } from './context';

export const SOURCING_AWARD_FLOW = 'sourcing-award';

/**
 * The recommendation with its reason goes to management (R4.3) through the `sourcing-award` flow; the amount in the
 * flow's context is the recommended vendor's price (CNY), so amount conditions apply.
 */
export async function recommendVendor(
  c: EvaluationCommandContext,
  id: string,
  input: { version: number; vendorId: string; reason: string },
): Promise<EvaluationRow> {
  return c.db.transaction(async (tx) => {
    const before = await lockEvaluation(tx, id);
    if (!before) throw notFound('No such evaluation.');
    requireManage(c.actor, before);
    if (before.version !== input.version) throw versionConflict();
    if (before.status !== 'closed') {
      throw conflict('A recommendation needs a closed evaluation not already in approval.', 'illegal_transition', {
        status: before.status,
        allowedNext: [],
      });
    }
    const vendor = (await evaluationVendorsOf(tx, id)).find((v) => v.vendorId === input.vendorId);
    if (!vendor) {
      throw unprocessable('The recommended vendor is not in this evaluation.', 'vendor_not_in_evaluation', {
        vendorIds: [input.vendorId],
      });
    }
    const { approvalId } = await startApproval(tx, c.audit, {
      flowCode: SOURCING_AWARD_FLOW,
      recordType: 'evaluation',
      recordId: id,
      title: `评审结果审批：${before.reference} ${before.title}`,
      link: `/evaluations/${id}`,
      submitterId: c.actor.userId,
      departmentId: before.departmentId,
      context: {
        amount: vendor.price === null ? 0 : Number(vendor.price),
        department: before.departmentId,
        category: 'evaluation',
      },
    });
    const after = await updateEvaluationRow(tx, id, {
      status: 'in-approval',
      recommendedVendorId: input.vendorId,
      recommendationReason: input.reason,
      recommendedAt: c.audit.at,
      approvalId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation.recommend',
      recordType: 'evaluation',
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
