import type { VariationOpinionRequest } from '@thirdline/shared/contracts/contract-exit.schemas';
import { recordAudit } from '../../../../platform/audit/audit';
import { conflict, notFound } from '../../../../platform/errors/problem';
import { startApproval } from '../../../../platform/workflow';
import { approvalAmount } from '../../approval-amount';
import { findContract } from '../../contracts.repository';
import { readableContract } from '../../contracts.policy';
import { requireOpinionRole } from '../exit.policy';
import type { OpinionRecord } from '../exit.table';
import { lockVariation, updateVariation, type VariationRow } from '../variations.repository';
import type { ExitCommandContext } from './context';

export const VARIATION_FLOW = 'contract-variation';

/**
 * The legal or the finance opinion on a variation (each once). A disagreement closes the request (rejected);
 * once both agree it goes to the `contract-variation` approval flow.
 */
export async function giveVariationOpinion(
  c: ExitCommandContext,
  contractId: string,
  variationId: string,
  input: VariationOpinionRequest,
): Promise<VariationRow> {
  return c.db.transaction(async (tx) => {
    const contract = readableContract(c.actor, await findContract(tx, contractId));
    const before = await lockVariation(tx, variationId);
    if (!before || before.contractId !== contractId) throw notFound('No such variation.');
    requireOpinionRole(c.actor, input.kind);
    if (before.status !== 'in-review') {
      throw conflict('This variation is no longer under review.', 'variation_not_in_review', { status: before.status });
    }
    if (before.opinions.some((o) => o.kind === input.kind)) {
      throw conflict(`The ${input.kind} opinion has already been given.`, 'opinion_already_given');
    }
    const opinion: OpinionRecord = {
      kind: input.kind,
      opinion: input.opinion,
      comments: input.comments ?? null,
      byId: c.actor.userId,
      at: c.audit.at.toISOString(),
    };
    const opinions = [...before.opinions, opinion];
    let status = before.status;
    let approvalId: string | null = null;
    if (input.opinion === 'disagree') status = 'rejected';
    else if (opinions.length === 2 && opinions.every((o) => o.opinion !== 'disagree')) {
      status = 'in-approval';
      // The thresholds are in CNY: the varied amount is compared by its CNY equivalent at the reference rate.
      ({ approvalId } = await startApproval(tx, c.audit, {
        flowCode: VARIATION_FLOW,
        recordType: 'contract-variation',
        recordId: before.id,
        title: `合同变更：${contract.reference} ${contract.title}（第 ${before.number} 次）`,
        link: `/contracts/${contract.id}?tab=variations`,
        submitterId: before.createdBy ?? c.actor.userId,
        departmentId: contract.departmentId,
        context: {
          ...(await approvalAmount(tx, before.newAmount ?? contract.amount, contract.currency)),
          category: contract.outsourcingCategory ?? contract.type,
          department: contract.departmentId,
        },
      }));
    }
    const after = await updateVariation(tx, before.id, {
      opinions,
      status,
      approvalId: approvalId ?? before.approvalId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: `contract-variation.opinion-${input.kind}`,
      recordType: 'contract-variation',
      recordId: before.id,
      before,
      after,
    });
    return after;
  });
}
