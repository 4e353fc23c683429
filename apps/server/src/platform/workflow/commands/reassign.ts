import type { ReassignRequest } from '@thirdline/shared/workflow/workflow.schemas';
import type { Executor } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../audit/audit';
import { conflict, notFound, unprocessable } from '../../errors/problem';
import { activeParticipant } from '../assignees';
import { addEvent, addReplacementTask } from '../engine';
import { closeOpenTask, findTask, lockApproval } from '../workflow.repository';

/**
 * A flow manager moves an open task to someone else (e.g. the assignee left): the old task is cancelled, the new
 * assignee gets the same stage and due time. Returns the approval id.
 */
export async function reassignTask(
  tx: Executor,
  audit: AuditContext,
  taskId: string,
  input: ReassignRequest,
): Promise<string> {
  const seen = await findTask(tx, taskId);
  if (!seen) throw notFound('No such approval task.');
  const approval = await lockApproval(tx, seen.approvalId);
  if (!approval) throw notFound('No such approval task.');
  const person = await activeParticipant(tx, input.assigneeId);
  if (!person) {
    throw unprocessable('Tasks can only go to an active user who takes part in approvals.', 'invalid_assignee');
  }
  const closed = await closeOpenTask(tx, taskId, {
    status: 'cancelled',
    comment: input.comment ?? null,
    decidedAt: audit.at,
    decidedBy: audit.actorId,
  });
  if (!closed || approval.status !== 'pending') throw conflict('This task is already closed.', 'task_closed');
  await addReplacementTask(tx, audit, approval, closed, person.id);
  await addEvent(tx, audit, approval.id, 'reassigned', closed.stageIndex, {
    comment: input.comment ?? null,
    taskId,
  });
  await recordAudit(tx, audit, {
    action: 'approval.reassign',
    recordType: 'approval',
    recordId: approval.id,
    before: { assigneeId: closed.assigneeId },
    after: { assigneeId: person.id },
    details: { taskId, comment: input.comment ?? null },
  });
  return approval.id;
}
