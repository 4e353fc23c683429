import type { ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import { recordAudit } from '../../../platform/audit/audit';
import type { OutcomeHandler } from '../../../platform/workflow';
import { lockContract, updateContractRow } from '../contracts.repository';
import { RUNNING_STATUSES } from './exit.policy';
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
  const terms = termsAfter(termsOf(contract), before);
  const changed = await updateContractRow(tx, contract.id, {
    ...terms,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: contract.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: 'contract.vary',
    recordType: 'contract',
    recordId: contract.id,
    before: termsOf(contract),
    after: termsOf(changed),
    details: { variationId: before.id, supplementReference },
  });
  const after = await updateVariation(tx, before.id, {
    status: 'approved',
    supplementNumber: supplement,
    supplementReference,
    termsBefore: termsOf(contract),
    termsAfter: termsOf(changed),
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

/** The `contract-renewal` flow decided: the decision stands (approved) or is closed (rejected or withdrawn). */
export const onRenewalOutcome: OutcomeHandler = async (tx, ctx, { approvalId, recordId, outcome }) => {
  const before = await lockRenewalDecision(tx, recordId);
  if (!before || before.approvalId !== approvalId || before.status !== 'in-approval') return;
  const approved = outcome === 'approved';
  const after = await updateRenewalDecision(tx, before.id, {
    status: approved ? 'approved' : 'rejected',
    decidedAt: ctx.at,
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
