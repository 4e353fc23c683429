import type { DecisionRequest, TimelineAction } from '@thirdline/shared/workflow/workflow.schemas';
import type { Executor } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../audit/audit';
import type { Actor } from '../../auth/actor';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../errors/problem';
import { activeParticipant } from '../assignees';
import { activateFrom, addEvent, addReplacementTask, finish } from '../engine';
import { workflowEvents } from '../events';
import { notifyApproval } from '../notify';
import {
  cancelOpenTasks,
  closeOpenTask,
  findTask,
  lockApproval,
  openTasksOfStage,
  updateApprovalRow,
  type ApprovalRow,
  type TaskRow,
} from '../workflow.repository';

const ACTION: Record<DecisionRequest['decision'], TimelineAction> = {
  approve: 'approved',
  reject: 'rejected',
  return: 'returned',
  delegate: 'delegated',
  comment: 'commented',
};

const TASK_STATUS = { approve: 'approved', reject: 'rejected', return: 'returned', delegate: 'delegated' } as const;

/**
 * One decision on one task, inside the caller's transaction. Only the assignee decides (403); the approval row is
 * locked and the task closed with `… where status = 'open'`, so of two concurrent decisions exactly one applies and
 * the other gets 409. Returns the approval id.
 */
export async function decideTask(
  tx: Executor,
  actor: Actor,
  audit: AuditContext,
  taskId: string,
  input: DecisionRequest,
): Promise<string> {
  validate(input);
  const seen = await findTask(tx, taskId);
  if (!seen) throw notFound('No such approval task.');
  if (seen.assigneeId !== actor.userId) throw forbidden('This task is assigned to someone else.', 'not_assignee');
  const approval = await lockApproval(tx, seen.approvalId);
  if (!approval) throw notFound('No such approval task.');
  const task = await findTask(tx, taskId);
  if (!task || task.status !== 'open' || approval.status !== 'pending') throw taskClosed();
  const stageIndex = task.stageIndex;
  const comment = input.comment ?? null;

  if (input.decision === 'comment') {
    await addEvent(tx, audit, approval.id, 'commented', stageIndex, { comment, taskId });
    await auditDecision(tx, audit, approval, task, input);
    return approval.id;
  }
  if (input.decision === 'delegate') await checkDelegate(tx, actor, input.delegateTo as string);
  const closed = await closeOpenTask(tx, taskId, {
    status: TASK_STATUS[input.decision],
    comment,
    decidedAt: audit.at,
    decidedBy: actor.userId,
  });
  if (!closed) throw taskClosed();
  await addEvent(tx, audit, approval.id, ACTION[input.decision], stageIndex, { comment, taskId });
  await auditDecision(tx, audit, approval, task, input);

  switch (input.decision) {
    case 'approve':
      await afterApprove(tx, audit, approval, closed);
      break;
    case 'reject':
      await finish(tx, audit, { ...approval, stageStates: withState(approval, stageIndex, 'rejected') }, 'rejected');
      break;
    case 'return':
      await returnToSubmitter(tx, audit, approval, stageIndex, comment);
      break;
    case 'delegate':
      await addReplacementTask(tx, audit, approval, closed, input.delegateTo as string);
      break;
  }
  return approval.id;
}

function validate(input: DecisionRequest): void {
  if ((input.decision === 'reject' || input.decision === 'return' || input.decision === 'comment') && !input.comment) {
    throw badRequest('A comment is required for this decision.', [{ path: 'comment', message: 'Required.' }]);
  }
  if (input.decision === 'delegate' && !input.delegateTo) {
    throw badRequest('Say whom to delegate to.', [{ path: 'delegateTo', message: 'Required.' }]);
  }
}

const taskClosed = () => conflict('This task has already been decided or closed.', 'task_closed');

const withState = (approval: ApprovalRow, index: number, state: ApprovalRow['stageStates'][number]) =>
  approval.stageStates.map((s, i) => (i === index ? state : s));

/** "one"/"any" (and exception or escalation tasks): the first approval closes the stage; "all": the last one. */
async function afterApprove(tx: Executor, audit: AuditContext, approval: ApprovalRow, task: TaskRow): Promise<void> {
  const stage = approval.stages[task.stageIndex]!;
  const stillOpen = await openTasksOfStage(tx, approval.id, task.stageIndex);
  const stageDone = stage.mode !== 'all' || task.exception || task.escalation || stillOpen.length === 0;
  if (!stageDone) return;
  await cancelOpenTasks(tx, approval.id, audit.at, task.stageIndex);
  const next = { ...approval, stageStates: withState(approval, task.stageIndex, 'approved') };
  await activateFrom(tx, audit, next, task.stageIndex + 1);
}

/** Back to the submitter; a resubmission resumes at this stage. The record's module hears the `returned` step. */
async function returnToSubmitter(
  tx: Executor,
  audit: AuditContext,
  approval: ApprovalRow,
  index: number,
  comment: string | null,
) {
  await cancelOpenTasks(tx, approval.id, audit.at);
  const saved = await updateApprovalRow(tx, approval.id, {
    status: 'returned',
    stageStates: withState(approval, index, 'returned'),
    currentStage: index,
    updatedAt: audit.at,
    updatedBy: audit.actorId,
  });
  await notifyApproval(tx, saved, 'returned', [saved.submitterId], audit.at);
  await workflowEvents.emitStep(tx, audit, saved.recordType, {
    approvalId: saved.id,
    recordId: saved.recordId,
    step: 'returned',
    comment,
  });
}

/** The delegate must be another active user who may take part in approvals. */
async function checkDelegate(tx: Executor, actor: Actor, delegateTo: string): Promise<void> {
  if (delegateTo === actor.userId || !(await activeParticipant(tx, delegateTo))) {
    throw unprocessable(
      'The task can only be delegated to another active user who takes part in approvals.',
      'invalid_delegate',
    );
  }
}

async function auditDecision(
  tx: Executor,
  audit: AuditContext,
  approval: ApprovalRow,
  task: TaskRow,
  input: DecisionRequest,
): Promise<void> {
  await recordAudit(tx, audit, {
    action: `approval.${input.decision}`,
    recordType: 'approval',
    recordId: approval.id,
    details: {
      taskId: task.id,
      stage: approval.stages[task.stageIndex]?.key ?? null,
      comment: input.comment ?? null,
      ...(input.delegateTo ? { delegateTo: input.delegateTo } : {}),
    },
  });
}
