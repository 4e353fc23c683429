import type { CreatePaymentRequest } from '@thirdline/shared/contracts/ledger.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { conflict, forbidden, unprocessable, type FieldError } from '../../../../platform/errors/problem';
import { requireContractPermission } from '../../contracts.policy';
import { findMilestone, insertPayment, invoiceExists, paidOnContract, type PaymentRow } from '../execution.repository';
import { canOverrideAcceptance, isAccepted, PAYABLE_STATUSES, requireContractStatus } from '../ledger.policy';
import { fromCents, toCents } from '../money';
import { activeUser, failIfAny, lockReadableContract, notInFuture, readContract } from './contract-access';
import type { LedgerCommandContext } from './context';

/**
 * Records an actual payment (R5.4). A payment for a milestone that is not accepted is refused (422) unless finance
 * or a director gives an override reason; a payment above what is left of the contract amount (amount − paid; a
 * variation raising the amount raises it) is refused (422). Nothing is written on any refusal.
 */
export async function recordPayment(
  c: LedgerCommandContext,
  contractId: string,
  input: CreatePaymentRequest,
): Promise<PaymentRow> {
  const contract = await readContract(c, contractId);
  requireContractPermission(c.actor, 'contracts:payments');
  requireContractStatus(contract, PAYABLE_STATUSES, 'Recording a payment');
  const overrideReason = input.overrideReason?.trim() || null;
  const milestone = input.milestoneId ? await findMilestone(c.db, contractId, input.milestoneId) : undefined;
  const errors: FieldError[] = [
    ...notInFuture(c, 'paidOn', input.paidOn),
    ...(await activeUser(c.db, 'approverId', input.approverId)),
  ];
  if (input.milestoneId && !milestone)
    errors.push({ path: 'milestoneId', message: 'No such milestone on this contract.' });
  if (toCents(input.amount) <= 0n) errors.push({ path: 'amount', message: 'Must be more than zero.' });
  failIfAny(errors);
  if (await invoiceExists(c.db, contractId, input.invoiceNumber)) {
    throw conflict('A payment with this invoice number is already recorded on the contract.', 'duplicate_invoice');
  }
  if (milestone && !isAccepted(milestone)) {
    if (!overrideReason) {
      throw unprocessable(
        'The milestone is not accepted: finance may pay it with an override reason.',
        'milestone_not_accepted',
        {
          milestoneId: milestone.id,
          acceptanceResult: milestone.acceptanceResult,
        },
      );
    }
    if (!canOverrideAcceptance(c.actor)) {
      throw forbidden('Only finance or a director may pay a milestone that is not accepted.', 'override_not_allowed');
    }
  }
  return c.db.transaction(async (tx) => {
    const locked = await lockReadableContract(tx, c, contractId);
    requireContractStatus(locked, PAYABLE_STATUSES, 'Recording a payment');
    const remaining = toCents(locked.amount) - toCents(await paidOnContract(tx, contractId));
    if (toCents(input.amount) > remaining) {
      throw unprocessable('The payment is more than what is left of the contract amount.', 'exceeds_remaining', {
        remaining: fromCents(remaining),
        currency: locked.currency,
      });
    }
    const now = c.audit.at;
    const row = await insertPayment(tx, {
      id: uuidv7(),
      contractId,
      milestoneId: milestone?.id ?? null,
      invoiceNumber: input.invoiceNumber,
      amount: input.amount,
      paidOn: input.paidOn,
      approverId: input.approverId,
      note: input.note ?? null,
      overrideReason: milestone && !isAccepted(milestone) ? overrideReason : null,
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: row.overrideReason ? 'contract-payment.create-override' : 'contract-payment.create',
      recordType: 'contract-payment',
      recordId: row.id,
      after: row,
    });
    return row;
  });
}
