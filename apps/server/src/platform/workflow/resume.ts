import type { Executor } from '../../db/client';
import { recordAudit, type AuditContext } from '../audit/audit';
import { conflict } from '../errors/problem';
import { activateStage, addEvent } from './engine';
import { workflowEvents } from './events';
import { findRunningApproval, lockApproval, updateApprovalRow, type ApprovalRow } from './workflow.repository';
import type { ApprovalContext } from './workflow.table';

/**
 * Sends a returned approval on again (locked by the caller): it resumes at the stage that returned it, with the
 * record's current `context` when given (the later stages' conditions see the changed amount), and the record's
 * module hears the `resubmitted` step.
 */
export async function resumeReturned(
  tx: Executor,
  audit: AuditContext,
  approval: ApprovalRow,
  input: { comment: string | null; context?: ApprovalContext },
): Promise<void> {
  if (approval.status !== 'returned' || approval.currentStage === null) {
    throw conflict('Only a returned approval can be resubmitted.', 'approval_not_returned');
  }
  const current = input.context ? await updateApprovalRow(tx, approval.id, { context: input.context }) : approval;
  await addEvent(tx, audit, approval.id, 'resubmitted', approval.currentStage, { comment: input.comment });
  await recordAudit(tx, audit, {
    action: 'approval.resubmit',
    recordType: 'approval',
    recordId: approval.id,
    before: { status: approval.status, ...(input.context ? { context: approval.context } : {}) },
    after: { status: 'pending', ...(input.context ? { context: input.context } : {}) },
    details: { comment: input.comment },
  });
  await activateStage(tx, audit, current, approval.currentStage);
  await workflowEvents.emitStep(tx, audit, approval.recordType, {
    approvalId: approval.id,
    recordId: approval.recordId,
    step: 'resubmitted',
    comment: input.comment,
  });
}

/**
 * For a module whose own "submit" command sends a returned record again (its policy has already decided who may):
 * resumes the record's returned approval and returns its id, or returns null when the record has none (start a
 * new approval then).
 */
export async function resubmitReturnedApproval(
  tx: Executor,
  audit: AuditContext,
  input: { recordType: string; recordId: string; comment: string | null; context?: ApprovalContext },
): Promise<string | null> {
  const running = await findRunningApproval(tx, input.recordType, input.recordId);
  if (!running || running.status !== 'returned') return null;
  const approval = await lockApproval(tx, running.id);
  if (!approval) return null;
  await resumeReturned(tx, audit, approval, input);
  return approval.id;
}
