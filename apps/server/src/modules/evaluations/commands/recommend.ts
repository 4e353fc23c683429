import { conflict, unprocessable } from '../../../platform/errors/problem';
import { cnyEquivalent } from '../../../platform/exchange-rates';
import { startApproval } from '../../../platform/workflow';
import { evaluationVendorsOf, type EvaluationRow } from '../evaluations.repository';
import { requireManage } from '../evaluations.policy';
import type { EvaluationCommandContext } from './context';
import { applyChange, lockForChange } from './evaluation-change';
import { linkedSourcingRequest, requireSourcingCandidates } from './sourcing-link';

export const SOURCING_AWARD_FLOW = 'sourcing-award';

/**
 * The recommendation with its reason goes to management (R4.3) through the `sourcing-award` flow; the amount in the
 * flow's context is the CNY equivalent of the recommended vendor's price (the thresholds are CNY; a currency without
 * a rate → 422), so amount conditions apply. An evaluation of a sourcing request recommends only while the request
 * is still being sourced (it is what management's approval awards).
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
    const request = await linkedSourcingRequest(tx, c, before.sourcingRequestId, []);
    if (request) requireSourcingCandidates(request, [input.vendorId]);
    const price = vendor.price === null ? null : await cnyEquivalent(tx, vendor.price, vendor.currency);
    const { approvalId } = await startApproval(tx, c.audit, {
      flowCode: SOURCING_AWARD_FLOW,
      recordType: 'evaluation',
      recordId: id,
      title: `评审结果审批：${before.reference} ${before.title}`,
      link: `/evaluations/${id}`,
      submitterId: c.actor.userId,
      departmentId: before.departmentId,
      context: {
        amount: price === null ? 0 : Number(price.amountCny),
        ...(price && price.currency !== 'CNY'
          ? { currency: price.currency, price: price.amount, rateToCny: price.rateToCny }
          : {}),
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
