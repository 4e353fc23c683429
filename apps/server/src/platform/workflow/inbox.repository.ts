import type { ApprovalListQuery, ApprovalTaskListQuery } from '@thirdline/shared/workflow/workflow.schemas';
import { and, count, desc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { ApprovalRow, TaskRow } from './workflow.repository';
import { approvals, approvalTasks } from './workflow.table';

export interface InboxRow {
  task: TaskRow;
  approval: Pick<
    ApprovalRow,
    'id' | 'reference' | 'title' | 'link' | 'recordType' | 'flowName' | 'stages' | 'submitterId'
  >;
}

/** "My tasks": open ones, or the decided ones (history; cancelled tasks are left out), newest first. */
function taskFilters(db: Executor, userId: string, query: ApprovalTaskListQuery, now: Date): SQL | undefined {
  const filters: (SQL | undefined)[] = [eq(approvalTasks.assigneeId, userId)];
  if (query.status === 'open') filters.push(eq(approvalTasks.status, 'open'));
  else filters.push(ne(approvalTasks.status, 'open'), ne(approvalTasks.status, 'cancelled'));
  if (query.overdue === 'true') filters.push(lt(approvalTasks.dueAt, now));
  if (query.overdue === 'false') filters.push(or(isNull(approvalTasks.dueAt), gte(approvalTasks.dueAt, now)));
  if (query.recordType) {
    const ofType = db.select({ id: approvals.id }).from(approvals).where(eq(approvals.recordType, query.recordType));
    filters.push(inArray(approvalTasks.approvalId, ofType));
  }
  return and(...filters);
}

/**
 * One page of a user's tasks. The page is read from the inbox index alone (newest first, no sort), and only its
 * 20 approvals are fetched afterwards: joining first made PostgreSQL hash-join and sort all 5,000 rows.
 */
export async function listInbox(
  db: Executor,
  userId: string,
  query: ApprovalTaskListQuery,
  now: Date,
): Promise<{ rows: InboxRow[]; total: number }> {
  const where = taskFilters(db, userId, query, now);
  const [tasks, [totalRow]] = await Promise.all([
    db
      .select()
      .from(approvalTasks)
      .where(where)
      .orderBy(desc(approvalTasks.createdAt), desc(approvalTasks.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(approvalTasks).where(where),
  ]);
  const ids = [...new Set(tasks.map((t) => t.approvalId))];
  const parents =
    ids.length === 0
      ? []
      : await db
          .select({
            id: approvals.id,
            reference: approvals.reference,
            title: approvals.title,
            link: approvals.link,
            recordType: approvals.recordType,
            flowName: approvals.flowName,
            stages: approvals.stages,
            submitterId: approvals.submitterId,
          })
          .from(approvals)
          .where(inArray(approvals.id, ids));
  const byId = new Map(parents.map((a) => [a.id, a]));
  const rows = tasks.flatMap((task) => {
    const approval = byId.get(task.approvalId);
    return approval ? [{ task, approval }] : [];
  });
  return { rows, total: Number(totalRow?.n ?? 0) };
}

/** The inbox badge: open tasks, and how many of them are overdue. */
export async function countInbox(db: Executor, userId: string, now: Date): Promise<{ open: number; overdue: number }> {
  const [row] = await db
    .select({
      open: count(),
      overdue: sql<number>`count(*) filter (where ${approvalTasks.dueAt} < ${now.toISOString()}::timestamptz)`,
    })
    .from(approvalTasks)
    .where(and(eq(approvalTasks.assigneeId, userId), eq(approvalTasks.status, 'open')));
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/** "My requests" (scope mine) or every approval (scope all, for flow managers), newest first. */
export async function listApprovals(
  db: Executor,
  query: ApprovalListQuery,
  submitterId: string | null,
): Promise<{ rows: ApprovalRow[]; total: number }> {
  const filters: SQL[] = [];
  if (submitterId) filters.push(eq(approvals.submitterId, submitterId));
  if (query.status) filters.push(eq(approvals.status, query.status));
  const where = and(...filters);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(approvals)
      .where(where)
      .orderBy(desc(approvals.createdAt), desc(approvals.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(approvals).where(where),
  ]);
  return { rows, total: Number(totalRow?.n ?? 0) };
}
