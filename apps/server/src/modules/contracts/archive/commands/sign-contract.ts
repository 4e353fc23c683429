import type { SignContract } from '@thirdline/shared/contracts/contract-archive.schemas';
import { allowedNextContractStatuses, type ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../../../db/client';
import { recordAudit } from '../../../../platform/audit/audit';
import { badRequest, conflict, forbidden, unprocessable, versionConflict } from '../../../../platform/errors/problem';
import { findVendorById, unmetApprovalConditions } from '../../../vendors';
import { lockContract, updateContractRow, type ContractRow } from '../../contracts.repository';
import { readableContract } from '../../contracts.policy';
import type { ArchiveCommandContext } from '../archive-context';
import { contractVendorIds, findDocument, insertSigning, type SigningRow } from '../archive.repository';
import { canOverridePresignChecks } from '../archive.policy';
import { activationDate } from '../contract-term';

type PresignCondition = { code: string; message: string; vendorId: string } & Record<string, unknown>;

/**
 * What keeps each vendor of the contract from being signed with today (issue 6, drafting): it must be approved,
 * with valid due diligence and no expired mandatory qualification (the vendors module's approval gate).
 */
export async function presignConditions(db: Executor, contract: ContractRow, today: string) {
  const unmet: PresignCondition[] = [];
  for (const vendorId of await contractVendorIds(db, contract)) {
    const vendor = await findVendorById(db, vendorId);
    if (vendor?.status !== 'approved') {
      unmet.push({
        code: 'vendor_not_approved',
        message: 'The vendor is not approved.',
        vendorId,
        status: vendor?.status ?? null,
      });
    }
    for (const condition of await unmetApprovalConditions(db, vendorId, today)) unmet.push({ ...condition, vendorId });
  }
  return unmet;
}

/**
 * Signs an approved contract (R5.3): signatories of both sides, the signing date and the signed copy (a
 * `signed-copy` document of this contract). Unmet pre-sign conditions → 422 with `unmetConditions`, unless a
 * director gives `overrideReason` (audited with what was unmet). The contract becomes active now when its start
 * date (or the signing date, if later) has come; otherwise the daily term job activates it on that day.
 */
export async function signContract(c: ArchiveCommandContext, contractId: string, input: SignContract) {
  if (input.signedOn > c.today) {
    throw badRequest('The signing date is in the future.', [
      { path: 'signedOn', message: 'Must not be in the future.' },
    ]);
  }
  return c.db.transaction(async (tx) => {
    const before = readableContract(c.actor, await lockContract(tx, contractId));
    if (before.version !== input.version) throw versionConflict();
    const status = before.status as ContractStatus;
    if (status !== 'approved' || before.signedAt !== null) {
      throw conflict(`A ${status} contract cannot be signed.`, 'illegal_transition', {
        from: status,
        to: 'active',
        allowedNext: [...allowedNextContractStatuses(status)],
      });
    }
    const copy = await findDocument(tx, contractId, input.signedCopyDocumentId);
    if (copy?.document.kind !== 'signed-copy') {
      throw unprocessable('Upload the signed copy as a document of kind "signed-copy" first.', 'signed_copy_missing', {
        errors: [{ path: 'signedCopyDocumentId', message: 'Not a signed copy of this contract.' }],
      });
    }
    const unmet = await presignConditions(tx, before, c.today);
    const overriding = unmet.length > 0;
    if (overriding && input.overrideReason === undefined) {
      throw unprocessable('The vendor does not meet the conditions for signing.', 'presign_conditions_unmet', {
        unmetConditions: unmet,
      });
    }
    if (overriding && !canOverridePresignChecks(c.actor)) {
      throw forbidden('Only a director may sign although the pre-sign conditions are not met.', 'override_not_allowed');
    }
    const signing: SigningRow = await insertSigning(tx, {
      id: uuidv7(),
      contractId,
      signatories: input.signatories,
      signedCopyDocumentId: input.signedCopyDocumentId,
      overrideReason: overriding ? (input.overrideReason ?? null) : null,
      overriddenConditions: overriding ? unmet : [],
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
    });
    const activeNow = activationDate(before.startDate, input.signedOn) <= c.today;
    const after = await updateContractRow(tx, contractId, {
      signedOn: input.signedOn,
      signedAt: c.audit.at,
      ...(activeNow ? { status: 'active', activatedAt: c.audit.at } : {}),
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.sign',
      recordType: 'contract',
      recordId: contractId,
      before,
      after,
      details: { signatories: input.signatories, signedCopyDocumentId: input.signedCopyDocumentId },
    });
    if (overriding) {
      await recordAudit(tx, c.audit, {
        action: 'contract.presign-override',
        recordType: 'contract',
        recordId: contractId,
        details: { reason: input.overrideReason, unmetConditions: unmet },
      });
    }
    return { contract: after, signing };
  });
}
