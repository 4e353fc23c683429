import { and, eq, gt, lte } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client';
import { recordAudit, type AuditContext } from '../audit/audit';
import { addDays } from '../calendar/iso-date';
import { localDate, startOfLocalDay } from '../calendar/zoned-time';
import type { DueItemKind } from '../jobs/due-items';
import { administrators, resolveAssignees } from './assignees';
import { addEvent } from './engine';
import { approvalLink, notifyApproval } from './notify';
import { workflowRuntime } from './runtime';
import { findTask, insertTasks, lockApproval } from './workflow.repository';
import { approvals, approvalTasks } from './workflow.table';

/** The day a deadline falls on: one due at local midnight is due the day before (the end of that day). */
function dueDay(dueAt: Date, timeZone: string): string {
  return localDate(new Date(dueAt.getTime() - 1), timeZone);
}

/**
 * Open approval tasks with a due time: the assignee is reminded on the due day; the day after, the stage
 * escalates (once — the reminder scan's exactly-once key covers the escalation, which runs in its transaction).
 */
export const approvalTaskDueKind: DueItemKind = {
  code: 'approval-task-due',
  offsets: { onTheDay: true, overdueEveryDays: 1, overdueForDays: 1 },
  async listDue(db, range) {
    const timeZone = await workflowRuntime().timeZone(db);
    const rows = await db
      .select({
        id: approvalTasks.id,
        dueAt: approvalTasks.dueAt,
        assigneeId: approvalTasks.assigneeId,
        approvalId: approvalTasks.approvalId,
      })
      .from(approvalTasks)
      .innerJoin(approvals, eq(approvals.id, approvalTasks.approvalId))
      .where(
        and(
          eq(approvalTasks.status, 'open'),
          eq(approvals.status, 'pending'),
          gt(approvalTasks.dueAt, startOfLocalDay(range.from, timeZone)),
          lte(approvalTasks.dueAt, startOfLocalDay(addDays(range.to, 1), timeZone)),
        ),
      );
    return rows.map((r) => ({
      id: r.id,
      dueDate: dueDay(r.dueAt as Date, timeZone),
      recipients: [r.assigneeId],
      link: approvalLink(r.approvalId),
    }));
  },
  title: (_item, reminder) =>
    reminder.offsetDays <= 0
      ? { zh: '审批任务今天到期', en: 'An approval task is due today' }
      : { zh: '审批任务已逾期', en: 'An approval task is overdue' },
  async onSent(tx, item, reminder, at) {
    if (reminder.offsetDays >= 1) await escalateTask(tx, item.id, at);
  },
};

/**
 * Escalates an overdue task: a task for the stage's `escalateTo` (administrators as an exception when it resolves
 * to nobody), recorded in the timeline and audited. Nothing when the stage has no escalation target or the task
 * was decided in the meantime.
 */
export async function escalateTask(tx: Executor, taskId: string, at: Date): Promise<void> {
  const seen = await findTask(tx, taskId);
  if (!seen) return;
  const approval = await lockApproval(tx, seen.approvalId);
  const task = await findTask(tx, taskId);
  const stage = approval?.stages[seen.stageIndex];
  if (!approval || !task || !stage?.escalateTo || task.status !== 'open' || approval.status !== 'pending') return;
  const ctx: AuditContext = { actorId: null, actorName: 'system:escalation', requestId: null, ip: null, at };
  const scope = { departmentId: approval.departmentId, submitterId: approval.submitterId };
  let people = await resolveAssignees(tx, stage.escalateTo, scope);
  const exception = people.length === 0;
  if (exception) people = await administrators(tx);
  people = people.filter((p) => p.id !== task.assigneeId);
  if (people.length === 0) return;
  await insertTasks(
    tx,
    people.map((p) => ({
      id: uuidv7(),
      approvalId: approval.id,
      stageIndex: task.stageIndex,
      assigneeId: p.id,
      status: 'open',
      exception,
      escalation: true,
      dueAt: null,
      createdAt: at,
    })),
  );
  await addEvent(tx, ctx, approval.id, 'escalated', task.stageIndex, { taskId, actorId: null });
  await recordAudit(tx, ctx, {
    action: 'approval.escalate',
    recordType: 'approval',
    recordId: approval.id,
    details: { taskId, escalatedTo: people.map((p) => p.id) },
  });
  await notifyApproval(
    tx,
    approval,
    'escalated',
    people.map((p) => p.id),
    at,
    stage.name,
  );
}
