import type { Db } from '../../../db/client';
import { addDays } from '../../../platform/calendar/iso-date';
import { lockApproval } from '../../../platform/workflow/workflow.repository';
import { finish } from '../../../platform/workflow/engine';
import { decideRenewal } from '../exit/commands/decide-renewal';
import type { ExitCommandContext } from '../exit/commands/context';
import { giveVariationOpinion } from '../exit/commands/give-variation-opinion';
import { requestVariation } from '../exit/commands/request-variation';
import { listRenewalDecisions, listVariations } from '../exit/variations.repository';
import type { Actor } from '../../../platform/auth/actor';
import type { ContractRow } from '../contracts.repository';

export interface DemoCast {
  director: Actor;
  legal: Actor;
  finance: Actor;
}

/**
 * A variation of a running contract with legal and finance opinions, approved: it becomes the supplementary
 * agreement `…-S1` and raises the amount and extends the term (R5.5). Skipped when the contract has variations.
 */
export async function seedDemoVariation(c: ExitCommandContext, cast: DemoCast, contract: ContractRow) {
  if ((await listVariations(c.db, contract.id)).length > 0) return false;
  const v = await requestVariation(c, contract.id, {
    reason: '业务增长，需增加 20 个数据库许可并延长技术支持期。',
    content: '增购 20 个数据库许可；技术支持服务期延长六个月，服务内容不变。',
    impact: '付款条款附件一同步调整；其他条款不变。',
    newAmount: (Number(contract.amount) * 1.2).toFixed(2),
    newEndDate: addDays(contract.endDate, 182),
  });
  await giveVariationOpinion({ ...c, actor: cast.legal }, contract.id, v.id, {
    kind: 'legal',
    opinion: 'agree',
    comments: '补充协议文本与主合同一致。',
  });
  const reviewed = await giveVariationOpinion({ ...c, actor: cast.finance }, contract.id, v.id, {
    kind: 'finance',
    opinion: 'agree-with-comments',
    comments: '增加金额已纳入年度预算，请按季度付款。',
  });
  if (reviewed.approvalId) await approve(c.db, c, reviewed.approvalId);
  return true;
}

/** The approval finished as approved (as if every stage had agreed): the variation's outcome handler applies it. */
async function approve(db: Db, c: ExitCommandContext, approvalId: string) {
  await db.transaction(async (tx) => {
    const approval = await lockApproval(tx, approvalId);
    if (approval?.status === 'pending') await finish(tx, c.audit, approval, 'approved');
  });
}

/**
 * An auto-renewing contract near its end gets a decision to renew for another year at a new amount, waiting in the
 * `contract-renewal` approval (the department head's 我的待办). Skipped when the contract has renewal decisions.
 */
export async function seedDemoRenewal(c: ExitCommandContext, contract: ContractRow) {
  if ((await listRenewalDecisions(c.db, contract.id)).length > 0) return false;
  await decideRenewal(c, contract.id, {
    decision: 'renew',
    reason: '云主机服务稳定，可用性达标；续签一年，单价下调 5%，扩容 10 台。',
    newEndDate: addDays(contract.endDate, 365),
    newAmount: (Number(contract.amount) * 1.05).toFixed(2),
  });
  return true;
}
