import type { ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import type { Executor } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit';
import type { OutcomeHandler } from '../../../platform/workflow';
import { lockContract, updateContractRow, type ContractRow } from '../contracts.repository';
import { RUNNING_STATUSES } from './exit.policy';
import type { TermsSnapshot } from './exit.table';
import { termsAfter, termsOf } from './variation-terms';
import {
  lockRenewalDecision,
  lockVariation,
  nextVariationNumbers,
  updateRenewalDecision,
  updateVariation,
} from './variations.repository';

/**
 * The `contract-variation` flow decided (R5.5). Approved: the variation becomes the contract's next supplementary
 * agreement (`CT-2026-0001-S1`, S2 …) and the contract's amount and dates change, both audited with before/after.
 * Rejected or withdrawn, or the contract stopped running meanwhile: the variation is closed as rejected.
 */
export const onVariationOutcome: OutcomeHandler = async (tx, ctx, { approvalId, recordId, outcome }) => {
  const before = await lockVariation(tx, recordId);
  if (!before || before.approvalId !== approvalId || before.status !== 'in-approval') return;
  const contract = await lockContract(tx, before.contractId);
  if (!contract) return;
  const running = RUNNING_STATUSES.includes(contract.status as ContractStatus);
  if (outcome !== 'approved' || !running) {
    const after = await updateVariation(tx, before.id, {
      status: 'rejected',
      updatedAt: ctx.at,
      updatedBy: ctx.actorId,
      version: before.version + 1,
    });
    await recordAudit(tx, ctx, {
      action: 'contract-variation.reject',
      recordType: 'contract-variation',
      recordId: before.id,
      before,
      after,
      details: { outcome },
    });
    return;
  }
  const { supplement } = await nextVariationNumbers(tx, contract.id);
  const supplementReference = `${contract.reference}-S${supplement}`;
  const terms = await applyTerms(tx, ctx, contract, termsAfter(termsOf(contract), before), {
    action: 'contract.vary',
    details: { variationId: before.id, supplementReference },
  });
  const after = await updateVariation(tx, before.id, {
    status: 'approved',
    supplementNumber: supplement,
    supplementReference,
    termsBefore: terms.before,
    termsAfter: terms.after,
    approvedAt: ctx.at,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: 'contract-variation.approve',
    recordType: 'contract-variation',
    recordId: before.id,
    before,
    after,
  });
};

/**
 * Changes a running contract's terms (a variation, a renewal), audited on the contract with before/after. The
 * reminders follow by themselves: the scan keys each reminder by its due date, so the new end date and notice
 * deadline get their own series and the old ones are no longer listed.
 */
async function applyTerms(
  tx: Executor,
  ctx: AuditContext,
  contract: ContractRow,
  terms: TermsSnapshot,
  audit: { action: string; details: Record<string, unknown> },
): Promise<{ before: TermsSnapshot; after: TermsSnapshot }> {
  const changed = await updateContractRow(tx, contract.id, {
    ...terms,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: contract.version + 1,
  });
  const change = { before: termsOf(contract), after: termsOf(changed) };
  await recordAudit(tx, ctx, { ...audit, recordType: 'contract', recordId: contract.id, ...change });
  return change;
}

/**
 * The `contract-renewal` flow decided: the decision stands (approved) or is closed (rejected or withdrawn). An
 * approved renewal moves the contract's end date (and amount) to the renewed term, kept before/after on the
 * decision; if the contract stopped running meanwhile, the renewal is closed as rejected instead.
 */
export const onRenewalOutcome: OutcomeHandler = async (tx, ctx, { approvalId, recordId, outcome }) => {
  const before = await lockRenewalDecision(tx, recordId);
  if (!before || before.approvalId !== approvalId || before.status !== 'in-approval') return;
  const contract = before.newEndDate ? await lockContract(tx, before.contractId) : undefined;
  const renews = contract !== undefined && RUNNING_STATUSES.includes(contract.status as ContractStatus);
  const approved = outcome === 'approved' && (before.newEndDate === null || renews);
  const terms =
    approved && contract
      ? await applyTerms(
          tx,
          ctx,
          contract,
          termsAfter(termsOf(contract), { ...before, newStartDate: null, newNoticePeriodDays: null }),
          { action: 'contract.renew', details: { renewalDecisionId: before.id } },
        )
      : undefined;
  const after = await updateRenewalDecision(tx, before.id, {
    status: approved ? 'approved' : 'rejected',
    decidedAt: ctx.at,
    termsBefore: terms?.before ?? null,
    termsAfter: terms?.after ?? null,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: approved ? 'contract-renewal.approve' : 'contract-renewal.reject',
    recordType: 'contract-renewal',
    recordId: before.id,
    before,
    after,
    details: { outcome },
  });
};
