import type { RecordProposalRequest } from '@thirdline/shared/sourcing/candidates.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../platform/audit/audit';
import { localDate } from '../../../platform/calendar/zoned-time';
import { badRequest, type FieldError } from '../../../platform/errors/problem';
import { findFile } from '../../../platform/storage/files.repository';
import { findCandidate, insertProposal, type ProposalRow } from '../candidates.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { lockForChange, requireStatus } from './load';

/**
 * Records a candidate's proposal (price, currency, documents, notes). It is `late` when it arrived on a day (the
 * organisation's calendar) after the candidate's response deadline; late proposals are kept, and flagged. Documents
 * are files uploaded to this request (recordType "sourcing-request").
 */
export async function recordProposal(
  c: SourcingCommandContext,
  id: string,
  input: RecordProposalRequest,
): Promise<ProposalRow> {
  requireSourcingPermission(c.actor, 'sourcing:write');
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : c.audit.at;
  const errors: FieldError[] = [];
  if (receivedAt > c.audit.at) errors.push({ path: 'receivedAt', message: 'Must not be in the future.' });
  for (const [i, fileId] of input.fileIds.entries()) {
    const file = await findFile(c.db, fileId);
    if (!file || file.recordType !== 'sourcing-request' || file.recordId !== id) {
      errors.push({ path: `fileIds.${i}`, message: 'No such file on this sourcing request.' });
    }
  }
  const candidate = await findCandidate(c.db, id, input.vendorId);
  if (!candidate) errors.push({ path: 'vendorId', message: 'Not a candidate of this sourcing request.' });
  if (errors.length > 0 || !candidate) throw badRequest('Some fields are not valid.', errors, 'validation_failed');

  return c.db.transaction(async (tx) => {
    const request = await lockForChange(tx, c, id);
    requireStatus(request, ['sourcing']);
    const now = c.audit.at;
    const row = await insertProposal(tx, {
      id: uuidv7(),
      candidateId: candidate.id,
      price: input.price,
      currency: input.currency,
      fileIds: [...new Set(input.fileIds)],
      notes: input.notes || null,
      receivedAt,
      late: localDate(receivedAt, c.timeZone) > candidate.responseDeadline,
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.proposal-record',
      recordType: 'sourcing-request',
      recordId: id,
      after: { proposal: row },
      details: { vendorId: input.vendorId, late: row.late },
    });
    return row;
  });
}
