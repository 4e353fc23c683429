import type { StageStatus, TimelineAction } from '@thirdline/shared/workflow/workflow.schemas';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client';
import { nextReference } from '../../db/references';
import { recordAudit, type AuditContext } from '../audit/audit';
import { localDate } from '../calendar/zoned-time';
import { conflict, unprocessable } from '../errors/problem';
import { administrators, resolveAssignees } from './assignees';
import { conditionHolds } from './conditions';
import { stageDueAt } from './deadlines';
import { workflowEvents, type ApprovalOutcome } from './events';
import { notifyApproval } from './notify';
import { workflowRuntime } from './runtime';
import {
  cancelOpenTasks,
  findDefinitionByCode,
  findRunningApproval,
  insertApproval,
  insertEvent,
  insertTasks,
  updateApprovalRow,
  type ApprovalRow,
  type TaskRow,
} from './workflow.repository';
import type { ApprovalContext } from './workflow.table';

export interface StartApprovalInput {
  flowCode: string;
  recordType: string;
  recordId: string;
  title: string;
  link: string;
  submitterId: string;
  departmentId: string | null;
  context: ApprovalContext;
  /** The submitter's note, shown with the "submitted" entry of the timeline. */
  comment?: string | null;
}

/**
 * Starts an approval of a record with the flow `flowCode`, inside the caller's transaction: snapshots the
 * definition, numbers it AP-YYYY-NNNN, and activates the first stage whose condition holds.
 * 409 when the record already has a running approval; 422 when the flow does not exist or is disabled.
 */
export async function startApproval(
  tx: Executor,
  ctx: AuditContext,
  input: StartApprovalInput,
): Promise<{ approvalId: string }> {
  const definition = await findDefinitionByCode(tx, input.flowCode);
  if (!definition || !definition.enabled) {
    throw unprocessable(`The approval flow "${input.flowCode}" is not available.`, 'flow_not_available');
  }
  if (await findRunningApproval(tx, input.recordType, input.recordId)) {
    throw conflict('An approval of this record is already under way.', 'approval_already_pending');
  }
  const year = Number(localDate(ctx.at, await workflowRuntime().timeZone(tx)).slice(0, 4));
  const approval = await insertApproval(tx, {
    id: uuidv7(),
    reference: await nextReference(tx, 'AP', year),
    definitionId: definition.id,
    flowCode: definition.code,
    flowName: definition.name,
    stages: definition.stages,
    stageStates: definition.stages.map(() => 'waiting'),
    recordType: input.recordType,
    recordId: input.recordId,
    title: input.title,
    link: input.link,
    submitterId: input.submitterId,
    departmentId: input.departmentId,
    context: input.context,
    status: 'pending',
    currentStage: null,
    createdAt: ctx.at,
    createdBy: ctx.actorId,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
  });
  await addEvent(tx, ctx, approval.id, 'submitted', null, { comment: input.comment ?? null });
  await recordAudit(tx, ctx, {
    action: 'approval.start',
    recordType: 'approval',
    recordId: approval.id,
    after: { reference: approval.reference, flowCode: approval.flowCode, status: approval.status },
    details: { recordType: input.recordType, recordId: input.recordId },
  });
  await activateFrom(tx, ctx, approval, 0);
  return { approvalId: approval.id };
}

export async function addEvent(
  tx: Executor,
  ctx: AuditContext,
  approvalId: string,
  action: TimelineAction,
  stageIndex: number | null,
  extra: { comment?: string | null; taskId?: string | null; actorId?: string | null } = {},
): Promise<void> {
  await insertEvent(tx, {
    id: uuidv7(),
    approvalId,
    at: ctx.at,
    actorId: extra.actorId === undefined ? ctx.actorId : extra.actorId,
    action,
    stageIndex,
    taskId: extra.taskId ?? null,
    comment: extra.comment ?? null,
  });
}

/** Activates the first stage at or after `from` whose condition holds (skipping the others); none left: approved. */
export async function activateFrom(
  tx: Executor,
  ctx: AuditContext,
  approval: ApprovalRow,
  from: number,
): Promise<ApprovalRow> {
  const states = [...approval.stageStates];
  for (let i = from; i < approval.stages.length; i++) {
    const stage = approval.stages[i]!;
    if (!conditionHolds(stage.condition, approval.context)) {
      states[i] = 'skipped';
      continue;
    }
    return activateStage(tx, ctx, { ...approval, stageStates: states }, i);
  }
  const saved = await updateApprovalRow(tx, approval.id, { stageStates: states });
  return finish(tx, ctx, saved, 'approved');
}

/**
 * Gives stage `index` its tasks: the people its rule resolves to (only the first for mode "one"). Nobody → an
 * exception task for every administrator, never a silent skip.
 */
export async function activateStage(
  tx: Executor,
  ctx: AuditContext,
  approval: ApprovalRow,
  index: number,
): Promise<ApprovalRow> {
  const stage = approval.stages[index]!;
  const scope = { departmentId: approval.departmentId, submitterId: approval.submitterId };
  let people = await resolveAssignees(tx, stage.assignee, scope);
  const exception = people.length === 0;
  if (exception) people = await administrators(tx);
  if (people.length === 0) throw unprocessable('Nobody can decide this approval stage.', 'no_assignee');
  if (stage.mode === 'one' && !exception) people = people.slice(0, 1);
  const dueAt = await stageDueAt(tx, stage, ctx.at);
  await insertTasks(
    tx,
    people.map((p) => ({
      id: uuidv7(),
      approvalId: approval.id,
      stageIndex: index,
      assigneeId: p.id,
      status: 'open',
      exception,
      dueAt,
      createdAt: ctx.at,
    })),
  );
  const states: StageStatus[] = [...approval.stageStates];
  states[index] = 'active';
  const saved = await updateApprovalRow(tx, approval.id, {
    stageStates: states,
    currentStage: index,
    status: 'pending',
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
  });
  await notifyApproval(
    tx,
    saved,
    'task',
    people.map((p) => p.id),
    ctx.at,
    stage.name,
  );
  return saved;
}

/** Ends the approval with its outcome: open tasks cancelled, submitter told, the record's module called. */
export async function finish(
  tx: Executor,
  ctx: AuditContext,
  approval: ApprovalRow,
  outcome: ApprovalOutcome,
): Promise<ApprovalRow> {
  await cancelOpenTasks(tx, approval.id, ctx.at);
  const states = approval.stageStates.map((s): StageStatus => (s === 'active' ? 'waiting' : s));
  const saved = await updateApprovalRow(tx, approval.id, {
    status: outcome,
    stageStates: outcome === 'withdrawn' ? states : approval.stageStates,
    currentStage: outcome === 'rejected' ? approval.currentStage : null,
    decidedAt: ctx.at,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
  });
  if (outcome === 'approved') await addEvent(tx, ctx, approval.id, 'completed', null);
  await recordAudit(tx, ctx, {
    action: `approval.${outcome === 'approved' ? 'complete' : outcome === 'rejected' ? 'reject' : 'withdraw'}`,
    recordType: 'approval',
    recordId: approval.id,
    before: { status: approval.status },
    after: { status: saved.status },
  });
  if (outcome !== 'withdrawn') await notifyApproval(tx, saved, outcome, [saved.submitterId], ctx.at);
  await workflowEvents.emitOutcome(tx, ctx, saved.recordType, {
    approvalId: saved.id,
    recordId: saved.recordId,
    outcome,
  });
  return saved;
}

/** A new open task replacing a delegated or reassigned one: same stage, flags and due time; the new assignee is told. */
export async function addReplacementTask(
  tx: Executor,
  ctx: AuditContext,
  approval: ApprovalRow,
  replaced: TaskRow,
  assigneeId: string,
): Promise<void> {
  await insertTasks(tx, [
    {
      id: uuidv7(),
      approvalId: approval.id,
      stageIndex: replaced.stageIndex,
      assigneeId,
      status: 'open',
      exception: replaced.exception,
      escalation: replaced.escalation,
      dueAt: replaced.dueAt,
      createdAt: ctx.at,
    },
  ]);
  const stageName = approval.stages[replaced.stageIndex]?.name ?? null;
  await notifyApproval(tx, approval, 'task', [assigneeId], ctx.at, stageName);
}
