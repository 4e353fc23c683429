import { conflict, unprocessable } from '../../../platform/errors/problem';
import { startApproval } from '../../../platform/workflow';
import { evaluationVendorsOf, type EvaluationRow } from '../evaluations.repository';
import { requireManage } from '../evaluations.policy';
import type { EvaluationCommandContext } from './context';
import { applyChange, lockForChange } from './evaluation-change';

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
    const before = await lockForChange(tx, id, input.version, (row) => requireManage(c.actor, row));
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
    return applyChange(tx, c, before, 'evaluation.recommend', {
      status: 'in-approval',
      recommendedVendorId: input.vendorId,
      recommendationReason: input.reason,
      recommendedAt: c.audit.at,
      approvalId,
    });
  });
}
