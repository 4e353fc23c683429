import type { AddCandidateRequest } from '@thirdline/shared/sourcing/candidates.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest, conflict, unprocessable } from '../../../platform/errors/problem';
import { vendorStates } from '../../vendors';
import { insertCandidate, type CandidateRow } from '../candidates.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { lockForChange, requireStatus } from './load';

/** Vendors in these lifecycle states may be invited; a suspended or terminated one may not (R3.5). */
export const INVITABLE_VENDOR_STATUSES: readonly string[] = ['candidate', 'shortlisted', 'approved'];

/**
 * Invites a vendor of the registry (a new one is first registered as a `candidate` vendor through the vendors
 * module) to propose by a response deadline. Only while the request is `sourcing`; the deadline not before today;
 * a suspended or terminated vendor → 422 `vendor_not_invitable`; the same vendor twice → 409.
 */
export async function addCandidate(
  c: SourcingCommandContext,
  id: string,
  input: AddCandidateRequest,
): Promise<CandidateRow> {
  requireSourcingPermission(c.actor, 'sourcing:write');
  const errors = [];
  const vendor = (await vendorStates(c.db, [input.vendorId])).get(input.vendorId);
  if (!vendor) errors.push({ path: 'vendorId', message: 'No such vendor.' });
  if (input.responseDeadline < c.today) errors.push({ path: 'responseDeadline', message: 'Must not be in the past.' });
  if (errors.length > 0 || !vendor) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
  if (!INVITABLE_VENDOR_STATUSES.includes(vendor.status)) {
    throw unprocessable(
      `The vendor is ${vendor.status} and cannot be invited; only candidate, shortlisted or approved vendors can.`,
      'vendor_not_invitable',
      { vendorId: input.vendorId, vendorStatus: vendor.status, allowedVendorStatuses: INVITABLE_VENDOR_STATUSES },
    );
  }
  return c.db.transaction(async (tx) => {
    const request = await lockForChange(tx, c, id);
    requireStatus(request, ['sourcing']);
    const now = c.audit.at;
    const row = await insertCandidate(tx, {
      id: uuidv7(),
      sourcingRequestId: id,
      vendorId: input.vendorId,
      invitedAt: now,
      responseDeadline: input.responseDeadline,
      note: input.note || null,
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    if (!row) throw conflict('This vendor is a candidate already.', 'candidate_exists');
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.candidate-add',
      recordType: 'sourcing-request',
      recordId: id,
      after: { candidate: row },
    });
    return row;
  });
}
